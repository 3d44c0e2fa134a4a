<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionJournal</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The API URL is empty. Enter it like https://api.xurrent.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Enter it like https://api.xurrent.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost); use https:// for %1 so the API token is never sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password; the token is entered separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must not contain a query (?…) or a fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server redirected to another host (%1). Nothing was sent there, to keep your API token safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty answer where data was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (%1). The request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS). Check the API URL and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API URL, or whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network request failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token was not accepted for this account (401). It may be wrong, expired or revoked, or the account id may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid but not allowed to do this (403). Check the token&apos;s scopes and your roles in the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record or collection was not found (404). It may have been deleted, or the server does not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the values (422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API rate limit was reached and waiting longer was not allowed. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway between you and the API failed (%1). This is usually temporary; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is temporarily unavailable (503). Try again shortly.</source>
        <translation>Die API ist vorübergehend nicht verfügbar (503). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1). If it persists, contact 4me support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s next-page link points to another host (%1). Loading stopped and nothing was sent there, to keep your API token safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s next-page link points back to a page already loaded. Loading stopped to avoid an endless loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token or account id contains a line break or another control character. Paste it again without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 was not sent: it is not on the API host, and your API token goes nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) without a valid target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the change with a redirect (%1); it was not sent again. Reload the record to see whether it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API rate limit was reached, and the server asks to wait %1 s, longer than this request may wait. Try again after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer did not arrive, so the record may or may not have been created. Check the list before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer did not arrive, so the change may or may not have been applied. Reload the record to see its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: this profile is read-only. Edit the profile to allow changes.</source>
        <translation>Nichts wurde geändert: Dieses Profil ist schreibgeschützt. Bearbeiten Sie das Profil, um Änderungen zuzulassen.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The drafts folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexDatabase</name>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The file %1 could not be made: %2</source>
        <translation>Die Datei %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The local copy was written by a newer version of the console (schema %1); this version reads schema %2 at most. It is left as it is.</source>
        <translation>Die lokale Kopie wurde von einer neueren Version der Konsole geschrieben (Schema %1); diese Version liest höchstens Schema %2. Sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>the file failed SQLite&apos;s check (%1)</source>
        <translation>die Datei hat die Prüfung von SQLite nicht bestanden (%1)</translation>
    </message>
    <message>
        <source>The local copy %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>Die lokale Kopie %1 ist nicht lesbar (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The local copy of this connection&apos;s records could not be read (%1). It was moved aside to %2 and an empty one made; the next sync fills it again.</source>
        <translation>Die lokale Kopie der Datensätze dieser Verbindung war nicht lesbar (%1). Sie wurde als %2 beiseitegelegt und eine leere angelegt; die nächste Synchronisierung füllt sie wieder.</translation>
    </message>
    <message>
        <source>The local copy is not open.</source>
        <translation>Die lokale Kopie ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The server sent a record without a valid id or updated_at (%1); nothing of its page was stored.</source>
        <translation>Der Server hat einen Datensatz ohne gültige id oder updated_at gesendet (%1); nichts von dieser Seite wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server sent a record that is not a JSON object; nothing of its page was stored.</source>
        <translation>Der Server hat einen Datensatz gesendet, der kein JSON-Objekt ist; nichts von dieser Seite wurde gespeichert.</translation>
    </message>
    <message>
        <source>Another console (process %1 on %2) is bringing this local copy up to date; this one reads it meanwhile.</source>
        <translation>Eine andere Konsole (Prozess %1 auf %2) aktualisiert diese lokale Kopie; diese liest sie solange.</translation>
    </message>
    <message>
        <source>The local copy %1 could not be removed.</source>
        <translation>Die lokale Kopie %1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>OfferingEdit</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferingRules</name>
    <message>
        <source>Required, at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, at most 161 characters, unique across all accounts. It can no longer change once the offering is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the service instance requests about this app are registered for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: how the webhook&apos;s JWT is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, an https URL of at most 255 characters; {account} becomes the customer&apos;s account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In minutes (or hhh:mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An https URL of at most 255 characters; {account} becomes the customer&apos;s account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to the picture, or a data URL under 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers can no longer install it; customers who have it can still update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Referenz</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation type="unfinished">Service-Instanz</translation>
    </message>
    <message>
        <source>JWT algorithm</source>
        <translation type="unfinished">JWT-Algorithmus</translation>
    </message>
    <message>
        <source>Webhook URI template</source>
        <translation type="unfinished">Webhook-URI-Vorlage</translation>
    </message>
    <message>
        <source>JWT audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration URI template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished">Deaktiviert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA using SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA using SHA-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA using SHA-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA using P-256 and SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA using P-384 and SHA-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA using P-521 and SHA-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of an app offering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can&apos;t be blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of minutes, or hours:minutes like 1:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a full URL, like https://example.com/hook?account={account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a link starting with https:// (or a data URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 2 KB: 2,048 bytes in UTF-8.</source>
        <translation>Höchstens 2 KB: 2.048 Byte in UTF-8.</translation>
    </message>
    <message>
        <source>Plain text, at most 64 KB: 65,535 bytes in UTF-8.</source>
        <translation>Reiner Text, höchstens 64 KB: 65.535 Byte in UTF-8.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account id, for example wdc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id &quot;%1&quot; must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsWriter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The standard output could not be written: %1</source>
        <translation>Die Standardausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 of %3 bytes</source>
        <translation>%1 · %2 von %3 Byte</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %Ln character(s), at most %2.</source>
        <translation>
            <numerusform>%1 ist zu lang: %Ln Zeichen, höchstens %2.</numerusform>
            <numerusform>%1 ist zu lang: %Ln Zeichen, höchstens %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %Ln byte(s) in UTF-8, at most %2 (a letter outside English takes two to four bytes).</source>
        <translation>
            <numerusform>%1 ist zu lang: %Ln Byte in UTF-8, höchstens %2 (ein Zeichen außerhalb des Englischen braucht zwei bis vier Byte).</numerusform>
            <numerusform>%1 ist zu lang: %Ln Byte in UTF-8, höchstens %2 (ein Zeichen außerhalb des Englischen braucht zwei bis vier Byte).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused because the server&apos;s certificate could not be trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your network inspects TLS traffic, add your organisation&apos;s CA bundle to the profile. Do not connect if you did not expect this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportConfig</name>
    <message>
        <source>No CA bundle file is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist. Choose the PEM file your IT department provides, or clear the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 is too large to be a certificate bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 contains no certificates. It must be a PEM file with one or more &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out waiting for the first pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for 4me / Xurrent app providers.

The API token is read from the environment variable PROVIDER_CONSOLE_TOKEN;
it is never accepted on the command line, where other users could read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the built-in sandbox (no account needed).</source>
        <translation>Mit der eingebauten Sandbox starten (kein Konto nötig).</translation>
    </message>
    <message>
        <source>Number of app instances in the demo sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL, e.g. https://api.xurrent.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id, e.g. wdc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window to a PNG once the first pages are shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area to show first: offerings or instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is not accepted on the command line, where other users can read it. Set PROVIDER_CONSOLE_TOKEN in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-instances takes a number from 0 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account is required with --api-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER_CONSOLE_TOKEN is only used with --profile or --api-url; ignoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make no changes: every write action is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print when the first page of offerings is painted, then quit (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the API token in the environment variable PROVIDER_CONSOLE_TOKEN, or save a profile (start without options) to keep it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report-first-paint: no view shows the offerings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands, for scripts (no window, no display needed; exit code 0 on success, 1 on failure with one
line on standard error, 2 for a usage error):
  sync [offerings|instances] [--full]
      Bring the local copy of the connection up to date (both collections by default);
      a one-line summary on success.
  export offerings|instances [--format csv|json] [--output FILE] [--offline]
      Bring the local copy up to date, then write every record it holds. A profile that
      keeps no local copy is exported straight from the API, nothing stored (and
      --offline is refused for it).
The connection: --profile NAME, or --api-url URL --account ID.</source>
        <translation>Befehle für Skripte (kein Fenster, kein Bildschirm nötig; Exitcode 0 bei Erfolg, 1 bei einem Fehler mit einer
Zeile auf der Standardfehlerausgabe, 2 bei falscher Verwendung):
  sync [offerings|instances] [--full]
      Die lokale Kopie der Verbindung aktualisieren (standardmäßig beide Sammlungen);
      bei Erfolg eine einzeilige Zusammenfassung.
  export offerings|instances [--format csv|json] [--output DATEI] [--offline]
      Die lokale Kopie aktualisieren, dann jeden Datensatz schreiben, den sie enthält. Ein Profil
      ohne lokale Kopie wird direkt aus der API exportiert, ohne etwas zu speichern (und
      --offline wird dafür abgelehnt).
Die Verbindung: --profile NAME oder --api-url URL --account ID.</translation>
    </message>
    <message>
        <source>There is no collection &quot;%1&quot;: name offerings or instances.</source>
        <translation>Es gibt keine Sammlung „%1“: nennen Sie offerings oder instances.</translation>
    </message>
    <message>
        <source>--%1 goes with a command: sync or export (see --help).</source>
        <translation>--%1 gehört zu einem Befehl: sync oder export (siehe --help).</translation>
    </message>
    <message>
        <source>--%1 does not go with %2 (see --help).</source>
        <translation>--%1 passt nicht zu %2 (siehe --help).</translation>
    </message>
    <message>
        <source>sync: also look for deleted records now (every id is listed), even when that takes more than the usual share of the hour&apos;s quota.</source>
        <translation>sync: jetzt auch nach gelöschten Datensätzen suchen (jede id wird abgefragt), auch wenn das mehr als den üblichen Anteil des Stundenkontingents kostet.</translation>
    </message>
    <message>
        <source>export: csv (the columns the console&apos;s Export writes) or json (every record whole, with the API&apos;s field names). Default: the --output file&apos;s extension, otherwise csv.</source>
        <translation>export: csv (die Spalten, die der Export der Konsole schreibt) oder json (jeder Datensatz vollständig, mit den Feldnamen der API). Standard: die Endung der --output-Datei, sonst csv.</translation>
    </message>
    <message>
        <source>export: write to FILE (replaced only once complete) instead of standard output.</source>
        <translation>export: in DATEI schreiben (erst ersetzt, wenn sie vollständig ist) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>export: send nothing; write what the local copy holds.</source>
        <translation>export: nichts senden; schreiben, was die lokale Kopie enthält.</translation>
    </message>
    <message>
        <source>sync or export, with what they take (see Commands above).</source>
        <translation>sync oder export, mit dem, was sie nehmen (siehe Befehle oben).</translation>
    </message>
    <message>
        <source>sync takes one collection at most: offerings or instances.</source>
        <translation>sync nimmt höchstens eine Sammlung: offerings oder instances.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;: sync or export (see --help).</source>
        <translation>Es gibt keinen Befehl „%1“: sync oder export (siehe --help).</translation>
    </message>
    <message>
        <source>%1 needs a connection: --profile NAME, or --api-url URL with --account ID.</source>
        <translation>%1 braucht eine Verbindung: --profile NAME oder --api-url URL mit --account ID.</translation>
    </message>
    <message>
        <source>export takes one collection: offerings or instances.</source>
        <translation>export nimmt eine Sammlung: offerings oder instances.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation>--format nimmt csv oder json.</translation>
    </message>
    <message>
        <source>offerings</source>
        <translation>App-Angebote</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>App-Instanzen</translation>
    </message>
</context>
<context>
    <name>pc::ApiCall</name>
    <message>
        <source>The connection to %1 was refused because its certificate is not trusted; nothing was sent.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::AppController</name>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is stored for the profile %1 yet. Paste it to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token of the profile “%1” could not be read from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token entered for this session is kept in memory only and forgotten when the console closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token for %1 (%2). It is not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token of %1 could not be kept in the keychain (%2); it is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch profile — Provider Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome — Provider Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter the token for this session</source>
        <translation>Token für diese Sitzung &amp;eingeben</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
</context>
<context>
    <name>pc::AreaExport</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the journal to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading every page before the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: not every page could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server caps this collection at 100,000 records, so the export may not hold every record; narrow it with a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::CollectionSync</name>
    <message>
        <source>The server&apos;s newest record has no readable updated_at.</source>
        <translation>Der neueste Datensatz des Servers hat kein lesbares updated_at.</translation>
    </message>
</context>
<context>
    <name>pc::ColumnChooser</name>
    <message>
        <source>Choose and order columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space shows or hides a column; Alt+Up and Alt+Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::CommandPalette</name>
    <message>
        <source>No matching command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>command palette: category before the command</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ConflictDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else after you opened it. Nothing of yours has been sent. Choose per field which version to keep; fields only they changed take their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s (only they changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same change on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes over theirs; fields only they changed keep their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your changes and show the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what the Keep column says, field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel keeps your form as it is; saving again shows this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Auf beiden Seiten geänderte Felder</translation>
    </message>
</context>
<context>
    <name>pc::ConnectDialog</name>
    <message>
        <source>Connect to 4me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the API who the token belongs to (GET /me), with exactly these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the API URL, the account and the token before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a personal access token from 4me: Settings → API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wdc (Production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a gateway in front of the API, or the local sandbox (http://127.0.0.1:PORT/v1; plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://api.example.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wdc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first part of your 4me address: wdc in wdc.xurrent.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one in 4me under Settings → API tokens (personal access tokens). It is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-&amp;only (no writes from this console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only where your company inspects encrypted traffic: a PEM file with its certificates, trusted in addition to the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the token for this session on&amp;ly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved, but its token could not be stored in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not written anywhere else. For this session only, it is kept in memory and forgotten when the console closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API host or account changed, so the stored token does not apply: paste the token for account %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save, enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>Keep a local copy of the offerings an&amp;d instances</source>
        <translation>Eine lokale Kopie der Angebote un&amp;d Instanzen behalten</translation>
    </message>
    <message>
        <source>A file on this computer with every offering and instance of the account: the tables open with all rows at once and only changes are fetched. Turn it off where local copies of customer data are not allowed.</source>
        <translation>Eine Datei auf diesem Computer mit jedem Angebot und jeder Instanz des Kontos: Die Tabellen öffnen sofort mit allen Zeilen, und nur Änderungen werden abgerufen. Schalten Sie sie aus, wo lokale Kopien von Kundendaten nicht erlaubt sind.</translation>
    </message>
    <message>
        <source>&amp;Forget local data…</source>
        <translation>Lokale Daten ver&amp;gessen…</translation>
    </message>
    <message>
        <source>Removes the local copy of this profile from this computer</source>
        <translation>Entfernt die lokale Kopie dieses Profils von diesem Computer</translation>
    </message>
    <message>
        <source>Kept in the application&apos;s data folder, never with the token.</source>
        <translation>Im Datenordner der Anwendung gespeichert, nie mit dem Token.</translation>
    </message>
    <message>
        <source>No local copy on this computer.</source>
        <translation>Keine lokale Kopie auf diesem Computer.</translation>
    </message>
    <message>
        <source>On this computer: %1, last synced %2.</source>
        <translation>Auf diesem Computer: %1, zuletzt synchronisiert %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Forget the local copy of %1?</source>
        <translation>Die lokale Kopie von %1 vergessen?</translation>
    </message>
    <message>
        <source>The file with the offerings and instances of %1 is removed from this computer now. Nothing changes on the server.</source>
        <translation>Die Datei mit den Angeboten und Instanzen von %1 wird jetzt von diesem Computer entfernt. Auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>With “Keep a local copy” on, a new copy is made the next time this profile is opened.</source>
        <translation>Ist „Eine lokale Kopie behalten“ eingeschaltet, wird beim nächsten Öffnen dieses Profils eine neue Kopie angelegt.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>The local copy was removed.</source>
        <translation>Die lokale Kopie wurde entfernt.</translation>
    </message>
    <message>
        <source>The local copy could not be removed: %1</source>
        <translation>Die lokale Kopie konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>pc::ConnectionTest</name>
    <message>
        <source>The token does not give access to account &quot;%1&quot; on %2 (%3). Check the account id: it is the first part of your 4me address, like wdc in wdc.xurrent.com. Or use a token created in that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1:%2 failed: %3. Check the proxy&apos;s host, port and user under Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s proxy failed: %1. Check your computer&apos;s proxy settings, or choose &quot;None&quot; or a manual proxy under Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token was not accepted (401): it may be mistyped, expired or revoked. Paste it again, or create a new one in 4me under Settings → API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid but lacks permission (403). It must be able to read App Offerings and App Instances in account &quot;%1&quot;: give it those permissions in 4me (Settings → API tokens), or use the token of a person who may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found nothing at %2 (404). Either account &quot;%3&quot; does not exist there, or the API URL is not right (it normally ends in /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS). Check the API URL for typing errors, and your network connection or VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection: %1 refused it on port %2. Check the API URL, and whether the server (or the local sandbox) is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network: %1 could not be reached (%2). Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall or proxy may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your company inspects encrypted traffic, choose its CA bundle under Network and test again. Certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is the API URL; it normally looks like https://api.xurrent.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the token belongs to %1 on account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the token belongs to %1 (%2) on account %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). The network, a VPN or a proxy may be slow or block the connection; check them and test again.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet. Das Netzwerk, ein VPN oder ein Proxy ist vielleicht langsam oder blockiert die Verbindung; prüfen Sie sie und testen Sie erneut.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet. Das Netzwerk, ein VPN oder ein Proxy ist vielleicht langsam oder blockiert die Verbindung; prüfen Sie sie und testen Sie erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::DetailPane</name>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole record as JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a row to see all its fields here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading offering #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading instance #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load offering #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load instance #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below: offering #%1, shown earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below: instance #%1, shown earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::IndexSync</name>
    <message>
        <source>Another console took over bringing the local copy up to date.</source>
        <translation>Eine andere Konsole hat die Aktualisierung der lokalen Kopie übernommen.</translation>
    </message>
    <message>
        <source>The local copy could not be locked for syncing: %1</source>
        <translation>Die lokale Kopie konnte für die Synchronisierung nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; what had arrived is kept.</source>
        <translation>Synchronisierung abgebrochen; was bereits angekommen war, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The local copy could not be written: %1</source>
        <translation>Die lokale Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %1 new, %2 changed, %3 removed (%n request(s)).</source>
        <translation>
            <numerusform>Aktuell: %1 neu, %2 geändert, %3 entfernt (%n Anfrage).</numerusform>
            <numerusform>Aktuell: %1 neu, %2 geändert, %3 entfernt (%n Anfragen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for deleted records needs your confirmation.</source>
        <translation>Die Suche nach gelöschten Datensätzen braucht Ihre Bestätigung.</translation>
    </message>
</context>
<context>
    <name>pc::InstanceActionDialog</name>
    <message>
        <source>Suspend instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Suspending switches off the instance&apos;s automation rules, webhook and app token in the customer&apos;s account. Either you or the customer can resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming switches the instance back on, unless the customer or you disabled it. The suspension comment is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling is your switch as the provider: it stops the instance&apos;s automation rules, webhook and app token in the customer&apos;s account until you enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling turns your provider switch back on. The customer&apos;s own switch (enabled by customer) is theirs and is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Instances: %1&lt;/b&gt;, of these customer accounts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension &amp;comment (the customer sees it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each instance would change (nothing has been sent yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Changes to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What happened to each instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend without a reason?</source>
        <translation>Ohne Begründung sperren?</translation>
    </message>
    <message>
        <source>The suspension comment is empty. The customer will see no reason for the suspension. Send it without one?</source>
        <translation>Der Kommentar zur Sperrung ist leer. Der Kunde sieht dann keinen Grund für die Sperrung. Trotzdem ohne Begründung senden?</translation>
    </message>
    <message>
        <source>&amp;Send without a reason</source>
        <translation>Ohne Begründung &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Write a reason</source>
        <translation>Begründung &amp;schreiben</translation>
    </message>
    <message>
        <source>What each instance would change</source>
        <translation>Was sich je Instanz ändern würde</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Der Kommentar</translation>
    </message>
</context>
<context>
    <name>pc::InstanceBatch</name>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already suspended with this comment: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not suspended: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already disabled: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not disabled: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 without a readable record, so whether the change was applied is not known. Refresh to see the instance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::InstancesModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>App offering</source>
        <translation>App-Angebot</translation>
    </message>
    <message>
        <source>Enabled by customer</source>
        <translation>Vom Kunden aktiviert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Suspension comment</source>
        <translation>Grund der Aussetzung</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Not enabled by customer</source>
        <translation>Nicht vom Kunden aktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>pc::JournalModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::JournalView</name>
    <message>
        <source>Filter the journal (Ctrl+F or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation>Journal filtern</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message numerus="yes">
        <source>Journal: %Ln write(s)</source>
        <translation>
            <numerusform>Journal: %Ln Änderung</numerusform>
            <numerusform>Journal: %Ln Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::KeyHelpOverlay</name>
    <message>
        <source>or</source>
        <comment>between two alternative shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::LocalIndex</name>
    <message>
        <source>The local copy could not be opened (%1); the tables load from the server.</source>
        <translation>Die lokale Kopie konnte nicht geöffnet werden (%1); die Tabellen laden vom Server.</translation>
    </message>
    <message>
        <source>Checking for deleted offerings: %1 of %2</source>
        <translation>Suche nach gelöschten Angeboten: %1 von %2</translation>
    </message>
    <message>
        <source>Checking for deleted instances: %1 of %2</source>
        <translation>Suche nach gelöschten Instanzen: %1 von %2</translation>
    </message>
    <message>
        <source>Syncing offerings: %1 of %2</source>
        <translation>Angebote werden synchronisiert: %1 von %2</translation>
    </message>
    <message>
        <source>Syncing instances: %1 of %2</source>
        <translation>Instanzen werden synchronisiert: %1 von %2</translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation>Die lokale Kopie wird geöffnet…</translation>
    </message>
    <message>
        <source>Another console is syncing the local copy; this one reads it.</source>
        <translation>Eine andere Konsole synchronisiert die lokale Kopie; diese liest sie.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>Vor %n Std. synchronisiert</numerusform>
            <numerusform>Vor %n Std. synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation>Synchronisiert am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing the local copy…</source>
        <translation>Die lokale Kopie wird synchronisiert…</translation>
    </message>
</context>
<context>
    <name>pc::MainWindow</name>
    <message>
        <source>%1 — Provider Console</source>
        <translation>%1 — Provider Console</translation>
    </message>
    <message>
        <source>&amp;Offerings</source>
        <translation>&amp;Angebote</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instanzen</translation>
    </message>
    <message>
        <source>API quota: %1 of %2 left</source>
        <translation>API-Kontingent: %1 von %2 übrig</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Provider Console</source>
        <translation>&amp;Über Provider Console</translation>
    </message>
    <message>
        <source>About Provider Console</source>
        <translation>Über Provider Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provider Console&lt;/b&gt; %1&lt;br&gt;A desktop console for 4me / Xurrent app providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API rate limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer properly; trying again in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by the current column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again reverses the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark or unmark the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;instances of this offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ PgUp PgDn Home End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the rows (End loads more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+↑ / Shift+↓, Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by it (by the server where it can)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a column header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, hide or reorder columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter, from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help, from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in Offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the instances first (Space marks rows, Ctrl+A selects all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to another account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new API &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New offering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit offering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review changes before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is read-only: nothing can be changed from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment this window works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 edits an offering: go to Offerings (Ctrl+1) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an offering to edit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Brings the local copy up to date with what changed on the server</source>
        <translation>Bringt die lokale Kopie auf den Stand dessen, was sich auf dem Server geändert hat</translation>
    </message>
    <message>
        <source>Full &amp;reconcile</source>
        <translation>Vollständiger Ab&amp;gleich</translation>
    </message>
    <message>
        <source>Lists every id on the server to drop the records deleted there</source>
        <translation>Fragt jede ID beim Server ab, um dort gelöschte Datensätze zu entfernen</translation>
    </message>
    <message>
        <source>Edit this &amp;profile…</source>
        <translation>Dieses &amp;Profil bearbeiten…</translation>
    </message>
</context>
<context>
    <name>pc::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::OfferingFields</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1&lt;br&gt;For the account %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {account} in it: every customer account gets the same URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the name until you edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Once the offering is published the reference can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an algorithm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled for new installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes, e.g. 15 or 1:30</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::OfferingForm</name>
    <message>
        <source>Waiting %1 s for the API rate limit before saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer properly; trying again in %1 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a draft saved before the console last stopped. Nothing of it has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the save; what the server already received may still be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc); asks when there are unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading offering %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offering could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new offering: it is created when you save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1 · created %2 · updated %3 · attachments: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to fix before saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes: %1 · Ctrl+S saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — Provider Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no field has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for an offering with the reference %1 before creating it again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the offering was created is still unknown: %1
Retry looks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offering had been created after all (ID %1); this form now edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the offering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for other changes, then saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the offering; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the messages at the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the create request was lost: %1
The offering may or may not exist now. Retry first looks for it by its reference and creates it only if it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are still here; saving again checks the server&apos;s version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The save did not complete: %1
Your changes are kept; Retry checks the server&apos;s version first, so nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your values are kept; Retry compares them with the server&apos;s version first, so nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1
Your changes are kept; Retry sends them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already saved: the server has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with the server&apos;s version; fix the marked fields, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now showing the server&apos;s version; there is nothing left to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed this offering. Save again to compare and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The draft could not be written to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… the form closes when the server has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need fixing first (marked below).</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Feld muss zuerst korrigiert werden (unten markiert).</numerusform>
            <numerusform>Nicht gespeichert: %n Felder müssen zuerst korrigiert werden (unten markiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::OfferingForms</name>
    <message>
        <source>Unsaved offering forms from an earlier session: %1. Nothing of them was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offering is being saved; close again when its answer has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved offering forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering forms with unsaved changes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and keep them as drafts (offered back at the next start), discard them, or go back to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as drafts and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::OfferingSave</name>
    <message>
        <source>Saving was cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s current version of the offering could not be read, so nothing was sent. Retry checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API rate limit was reached again and again: this save waited %1 s, as long as it may, and nothing was changed. Try again after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled while the request was on its way: the server may or may not have applied it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 but did not send back a readable offering, so whether the save was applied is not known. Refresh to see what it holds before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::OfferingsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service-Instanz</translation>
    </message>
    <message>
        <source>JWT algorithm</source>
        <translation>JWT-Algorithmus</translation>
    </message>
    <message>
        <source>Webhook URI template</source>
        <translation>Webhook-URI-Vorlage</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::PagedTableModel</name>
    <message>
        <source>%1 (API field %2; the server sorts by it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (API field %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>pc::ParallelWalk</name>
    <message>
        <source>The server&apos;s answer had a record without an id, so the collection could not be split into id ranges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::PicturePreview</name>
    <message>
        <source>The data URL is not a picture this console can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the picture is larger than 2 MB or was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the link does not give a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::RecordBanners</name>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server caps this collection at 100,000 records; narrow it with a filter to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of %1: the server cannot list them directly, so they are picked from the loaded instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted locally by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all: %1 of %2, paced to the API&apos;s limit of %3 requests per %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API rate limit…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorted locally: %Ln loaded row(s).</source>
        <translation>
            <numerusform>Lokal sortiert: %Ln geladene Zeile.</numerusform>
            <numerusform>Lokal sortiert: %Ln geladene Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter looks only at the %Ln loaded row(s).</source>
        <translation>
            <numerusform>Der Filter berücksichtigt nur die %Ln geladene Zeile.</numerusform>
            <numerusform>Der Filter berücksichtigt nur die %Ln geladenen Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::RecordFilterBar</name>
    <message>
        <source>Load &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, incl. trusted accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished">Deaktiviert</translation>
    </message>
    <message>
        <source>Predefined filter, applied by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter loaded rows (Ctrl+F or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled by customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;erver filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions the server applies (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the loaded rows; the API cannot filter on this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after / above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before / below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value, e.g. 2024-01-31 or true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predefined filter</source>
        <translation>Vordefinierter Filter</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Enabled by customer</source>
        <translation>Vom Kunden aktiviert</translation>
    </message>
    <message>
        <source>Server filter field</source>
        <translation>Feld des Serverfilters</translation>
    </message>
    <message>
        <source>Server filter operator</source>
        <translation>Operator des Serverfilters</translation>
    </message>
    <message>
        <source>Server filter value</source>
        <translation>Wert des Serverfilters</translation>
    </message>
    <message>
        <source>Adds the condition to the server filter</source>
        <translation>Fügt die Bedingung dem Serverfilter hinzu</translation>
    </message>
    <message>
        <source>Removes every condition of the server filter</source>
        <translation>Entfernt alle Bedingungen des Serverfilters</translation>
    </message>
</context>
<context>
    <name>pc::RecordForm</name>
    <message>
        <source>Offering #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App offering #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App instance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Referenz</translation>
    </message>
    <message>
        <source>The identifier that stays the same across versions of the offering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished">Deaktiviert</translation>
    </message>
    <message>
        <source>The provider&apos;s switch: new customers cannot install a disabled offering; customers who have it installed can still update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation type="unfinished">Service-Instanz</translation>
    </message>
    <message>
        <source>Requests about this offering are registered for this service instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to customers on the Configuration tab of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA using SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA using SHA-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA using SHA-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA using P-256 and SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA using P-384 and SHA-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA using P-521 and SHA-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT algorithm</source>
        <translation type="unfinished">JWT-Algorithmus</translation>
    </message>
    <message>
        <source>Signs the policy sent to the app&apos;s webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API sends a whole number (%1); 4me durations are in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URI template</source>
        <translation type="unfinished">Webhook-URI-Vorlage</translation>
    </message>
    <message>
        <source>{account} is replaced by the customer&apos;s account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration URI template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s id in the GraphQL API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Aktualisiert</translation>
    </message>
    <message>
        <source>Texts shown to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation type="unfinished">Kundenkonto</translation>
    </message>
    <message>
        <source>App offering</source>
        <translation type="unfinished">App-Angebot</translation>
    </message>
    <message>
        <source>Sent as &quot;integration&quot;, the field&apos;s name on the older API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled by customer</source>
        <translation type="unfinished">Vom Kunden aktiviert</translation>
    </message>
    <message>
        <source>The customer&apos;s switch: whether the customer allows the app to work in their account. Only the customer can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished">Ausgesetzt</translation>
    </message>
    <message>
        <source>Either party can suspend the instance, and either may lift the suspension. While suspended, its automation rules, webhook and app token are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension comment</source>
        <translation type="unfinished">Grund der Aussetzung</translation>
    </message>
    <message>
        <source>The provider&apos;s switch: while set, the instance&apos;s automation rules, webhook and app token are off in the customer&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s contact person for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data URL of %1; Copy JSON gives it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::RecordView</name>
    <message>
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading offerings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded offerings match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offerings match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded instances match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) of %1 found in %2 of %3 scanned</source>
        <translation>
            <numerusform>%Ln App-Instanz von %1 gefunden in %2 von %3 durchsuchten</numerusform>
            <numerusform>%Ln App-Instanzen von %1 gefunden in %2 von %3 durchsuchten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln offering(s) loaded</source>
        <translation>
            <numerusform>%1 von %Ln App-Angebot geladen</numerusform>
            <numerusform>%1 von %Ln App-Angeboten geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln instance(s) loaded</source>
        <translation>
            <numerusform>%1 von %Ln App-Instanz geladen</numerusform>
            <numerusform>%1 von %Ln App-Instanzen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s) loaded</source>
        <translation>
            <numerusform>%Ln App-Angebot geladen</numerusform>
            <numerusform>%Ln App-Angebote geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) loaded</source>
        <translation>
            <numerusform>%Ln App-Instanz geladen</numerusform>
            <numerusform>%Ln App-Instanzen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s), from the local copy</source>
        <translation>
            <numerusform>%Ln Angebot, aus der lokalen Kopie</numerusform>
            <numerusform>%Ln Angebote, aus der lokalen Kopie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s), from the local copy</source>
        <translation>
            <numerusform>%Ln Instanz, aus der lokalen Kopie</numerusform>
            <numerusform>%Ln Instanzen, aus der lokalen Kopie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ReferenceModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ReferencePicker</name>
    <message>
        <source>Choose… (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation type="unfinished">Service-Instanz</translation>
    </message>
    <message>
        <source>F4, Space or Enter opens the list; Delete clears the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4, Space or Enter opens the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the list (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the field (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a UI extension version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, version or ID (#123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or ID (#123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter UI extension versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter service instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UI extension versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Ask again for the page that failed (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching every page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API</source>
        <comment>reference chooser: rate limit or retry</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator between the parts of the reference chooser&apos;s status line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <comment>reference chooser: rows the filter keeps</comment>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::SaveReviewDialog</name>
    <message>
        <source>Review the changes before every save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this offering?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new offering is created with these values (POST):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these fields are sent (PATCH); everything else stays as the server has it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>pc::SecretStore</name>
    <message>
        <source>No token is saved in %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running, so the token cannot be kept safely. Use the token for this session only, or start a keychain (such as GNOME Keyring or KWallet) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be used because %1 is locked or refused access. Unlock it and retry, or use the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (it may be locked or waiting for a password prompt). Unlock it and retry, or use the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It reported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Stops the sync; what arrived is kept</source>
        <translation>Stoppt die Synchronisierung; was angekommen ist, bleibt</translation>
    </message>
    <message>
        <source>Syncs the local copy again</source>
        <translation>Synchronisiert die lokale Kopie erneut</translation>
    </message>
    <message>
        <source>Hides the message about the local copy</source>
        <translation>Blendet die Meldung zur lokalen Kopie aus</translation>
    </message>
    <message>
        <source>Check for deleted records?</source>
        <translation>Nach gelöschten Datensätzen suchen?</translation>
    </message>
    <message>
        <source>Finding the offerings deleted on the server takes about %1 requests, more than the %2 this console spends of the hour&apos;s quota without asking.</source>
        <translation>Die auf dem Server gelöschten Angebote zu finden, kostet etwa %1 Anfragen, mehr als die %2, die diese Konsole ohne Rückfrage vom Stundenkontingent verbraucht.</translation>
    </message>
    <message>
        <source>Finding the instances deleted on the server takes about %1 requests, more than the %2 this console spends of the hour&apos;s quota without asking.</source>
        <translation>Die auf dem Server gelöschten Instanzen zu finden, kostet etwa %1 Anfragen, mehr als die %2, die diese Konsole ohne Rückfrage vom Stundenkontingent verbraucht.</translation>
    </message>
    <message>
        <source>Other work with the API (and other consoles on this token) may have to wait for the quota while it runs. Until then, deleted records stay in the local copy.</source>
        <translation>Andere Arbeit mit der API (und andere Konsolen mit diesem Token) muss währenddessen vielleicht auf das Kontingent warten. Bis dahin bleiben gelöschte Datensätze in der lokalen Kopie.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>pc::TokenDialog</name>
    <message>
        <source>Save to &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The API token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The server refused the API token of %1.&lt;/b&gt; It may have been revoked or may have expired. Paste a new one to go on: what stopped loading resumes where it stopped, and nothing loaded so far is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that were refused are not sent again by themselves: use their Retry once the new token is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains a line break or another control character: paste it again without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::TokenRecovery</name>
    <message>
        <source>The API token stays refused. File → Enter a new API token… asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new API token is in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::WelcomeWidget</name>
    <message>
        <source>Provider Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage your app offerings and their instances in 4me, from the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in sandbox, no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to 4me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account and an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or open a &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
</context>
<context>
    <name>pc::program::ApiWalkExport</name>
    <message>
        <source>%1: %2 of %3 records</source>
        <translation>%1: %2 von %3 Datensätzen</translation>
    </message>
</context>
<context>
    <name>pc::program::HeadlessRun</name>
    <message>
        <source>No command was given (see --help).</source>
        <translation>Es wurde kein Befehl angegeben (siehe --help).</translation>
    </message>
    <message>
        <source>The profile %1 keeps no local copy (&quot;Keep a local copy&quot; is off), so there is nothing to sync. Export walks the API instead.</source>
        <translation>Das Profil %1 behält keine lokale Kopie („Eine lokale Kopie behalten“ ist aus), daher gibt es nichts zu synchronisieren. Der Export liest stattdessen die API.</translation>
    </message>
    <message>
        <source>The profile %1 keeps no local copy (&quot;Keep a local copy&quot; is off), so nothing can be exported offline.</source>
        <translation>Das Profil %1 behält keine lokale Kopie („Eine lokale Kopie behalten“ ist aus), daher kann nichts offline exportiert werden.</translation>
    </message>
    <message>
        <source>No API token is stored for the profile %1: set PROVIDER_CONSOLE_TOKEN, or connect once in the console to keep one in the keychain.</source>
        <translation>Für das Profil %1 ist kein API-Token gespeichert: Setzen Sie PROVIDER_CONSOLE_TOKEN oder verbinden Sie sich einmal in der Konsole, um eines im Schlüsselbund zu speichern.</translation>
    </message>
    <message>
        <source>The API token could not be read from the keychain: %1</source>
        <translation>Das API-Token konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no local copy of %1 on this computer: run provider-console sync first, or export without --offline.</source>
        <translation>Auf diesem Computer gibt es keine lokale Kopie von %1: Führen Sie zuerst provider-console sync aus oder exportieren Sie ohne --offline.</translation>
    </message>
    <message>
        <source>The local copy could not be opened: %1</source>
        <translation>Die lokale Kopie konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 Exporting what the local copy holds now.</source>
        <translation>%1 Es wird exportiert, was die lokale Kopie jetzt enthält.</translation>
    </message>
    <message>
        <source>The local copy of %1 holds no %2 yet: run provider-console sync first.</source>
        <translation>Die lokale Kopie von %1 enthält noch keine %2: Führen Sie zuerst provider-console sync aus.</translation>
    </message>
    <message>
        <source>The local copy of %1 is not complete yet (its first copy was interrupted); exporting the %2 records it holds.</source>
        <translation>Die lokale Kopie von %1 ist noch nicht vollständig (die erste Kopie wurde unterbrochen); die %2 Datensätze, die sie enthält, werden exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 (%2 records) to %3.</source>
        <translation>%1 exportiert (%2 Datensätze) nach %3.</translation>
    </message>
</context>
<context>
    <name>pc::program::HeadlessSync</name>
    <message>
        <source>The sync could not start.</source>
        <translation>Die Synchronisierung konnte nicht starten.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: first copy, %2 records</source>
        <translation>%1: erste Kopie, %2 Datensätze</translation>
    </message>
    <message>
        <source>%1: changes, %2 records</source>
        <translation>%1: Änderungen, %2 Datensätze</translation>
    </message>
    <message>
        <source>%1: looking for deleted records, %2 ids</source>
        <translation>%1: Suche nach gelöschten Datensätzen, %2 IDs</translation>
    </message>
    <message>
        <source>Looking for deleted %1 was skipped: it would take about %2 requests, more than the %3 allowed without asking. Run provider-console sync --full to do it now.</source>
        <translation>Die Suche nach gelöschten %1 wurde übersprungen: Sie würde etwa %2 Anfragen kosten, mehr als die %3, die ohne Rückfrage erlaubt sind. Führen Sie provider-console sync --full aus, um sie jetzt auszuführen.</translation>
    </message>
</context>
</TS>
