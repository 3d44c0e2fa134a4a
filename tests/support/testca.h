#pragma once

// A test certificate authority for the tests of the CA bundle setting: a
// certificate only, no key (nothing can be signed with it), and its SHA-256
// fingerprint as the dialogs and the errors print it.

namespace testsupport {

// A self-signed EC P-256 CA made once with
//   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 36500 -subj "/CN=Test CA"
// Its key was thrown away; only the certificate is needed here.
inline constexpr char kTestCaPem[] = R"pem(-----BEGIN CERTIFICATE-----
MIIBezCCASGgAwIBAgIUa+M8WQkncq1MFD1T6vFRdsNolBAwCgYIKoZIzj0EAwIw
EjEQMA4GA1UEAwwHVGVzdCBDQTAgFw0yNjExMjUwMzQwMTJaGA8yMTI2MTEwMTAz
NDAxMlowEjEQMA4GA1UEAwwHVGVzdCBDQTBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABMcpS8S0UoH9MJIGeTczSZRLTbwolHG66MC+GRfsOIDkCpiiKX6a9Okx1Wm4
mN3MYmlyomGsj5x0jFRnxJvbgO2jUzBRMB0GA1UdDgQWBBQcqp9VRs1jA3/W4Z18
0cXS72APvTAfBgNVHSMEGDAWgBQcqp9VRs1jA3/W4Z180cXS72APvTAPBgNVHRMB
Af8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIHYY4iH6v8CxN+B5hAyQJqRwt6OK
YdU/Z+5ENncblpSEAiEAuvFoxMIrdZxMf34eltB2l5rqp2s2oRTnZkbLkTyHf8k=
-----END CERTIFICATE-----
)pem";
// openssl x509 -in ca.pem -noout -fingerprint -sha256
inline constexpr char kTestCaSha256[] =
    "4A:CE:65:E3:D0:BF:F7:2E:A4:D8:E9:37:50:EE:92:58:92:60:AD:4D:AC:39:68:20:0D:35:D7:41:DE:40:3F:1F";

} // namespace testsupport
