<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SandboxText</name>
    <message>
        <source>A local emulator of the 4me / Xurrent REST API (app offerings and app instances).</source>
        <translation>Een lokale emulator van de REST-API van 4me / Xurrent (app-aanbiedingen en app-instanties).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>Poort om op te luisteren (standaard 8080; 0 kiest een vrije).</translation>
    </message>
    <message>
        <source>Address to bind (default 127.0.0.1).</source>
        <translation>Adres om aan te binden (standaard 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>Allow binding a non-loopback address (the token is well known!).</source>
        <translation>Binden aan een adres buiten de loopback toestaan (het token is algemeen bekend!).</translation>
    </message>
    <message>
        <source>Number of seeded app offerings.</source>
        <translation>Aantal gegenereerde app-aanbiedingen.</translation>
    </message>
    <message>
        <source>Number of seeded app instances.</source>
        <translation>Aantal gegenereerde app-instanties.</translation>
    </message>
    <message>
        <source>Number of customer accounts.</source>
        <translation>Aantal klantaccounts.</translation>
    </message>
    <message>
        <source>Random seed of the data.</source>
        <translation>Startwaarde voor het toeval van de gegevens.</translation>
    </message>
    <message>
        <source>The accepted Bearer token.</source>
        <translation>Het geaccepteerde Bearer-token.</translation>
    </message>
    <message>
        <source>The provider&apos;s account id.</source>
        <translation>De account-id van de aanbieder.</translation>
    </message>
    <message>
        <source>Switch the burst limit (20 requests per 2 s) off.</source>
        <translation>De piekgrens (20 verzoeken per 2 s) uitschakelen.</translation>
    </message>
    <message>
        <source>Requests per rolling hour (0 = off).</source>
        <translation>Verzoeken per voortschrijdend uur (0 = uit).</translation>
    </message>
    <message>
        <source>Milliseconds added to every answer.</source>
        <translation>Milliseconden die aan elk antwoord worden toegevoegd.</translation>
    </message>
    <message>
        <source>Serve only /v1/integration_instances (an older server).</source>
        <translation>Alleen /v1/integration_instances aanbieden (een oudere server).</translation>
    </message>
    <message>
        <source>Do not serve the legacy /v1/integration_instances.</source>
        <translation>De oude /v1/integration_instances niet aanbieden.</translation>
    </message>
    <message>
        <source>The API to answer as: current (default), or 2021 (offerings sorted by reference, instances only at /integration_instances).</source>
        <translation>Als welke API antwoorden: current (standaard), of 2021 (aanbiedingen gesorteerd op referentie, instanties alleen op /integration_instances).</translation>
    </message>
    <message>
        <source>GENERATION</source>
        <translation>GENERATIE</translation>
    </message>
    <message>
        <source>Serve HTTPS with this certificate (PEM); needs --tls-key.</source>
        <translation>HTTPS aanbieden met dit certificaat (PEM); vereist --tls-key.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The private key (PEM) of --tls-cert.</source>
        <translation>De privésleutel (PEM) van --tls-cert.</translation>
    </message>
    <message>
        <source>Inject a fault (repeatable); see the grammar above.</source>
        <translation>Een fout injecteren (herhaalbaar); zie de grammatica hierboven.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>--%1 needs a number &gt;= %2</source>
        <translation>--%1 heeft een getal &gt;= %2 nodig</translation>
    </message>
    <message>
        <source>--api-generation takes current or 2021, not %1</source>
        <translation>--api-generation neemt current of 2021, niet %1</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert en --tls-key horen bij elkaar</translation>
    </message>
    <message>
        <source>cannot read the address %1</source>
        <translation>het adres %1 is niet leesbaar</translation>
    </message>
    <message>
        <source>refusing to bind %1: the sandbox accepts a well-known token. Use --allow-remote if you mean it.</source>
        <translation>binden aan %1 geweigerd: de sandbox accepteert een algemeen bekend token. Gebruik --allow-remote als je dat echt wilt.</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>kan niet luisteren op %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 (or cannot read the TLS certificate and key %2, %3)</source>
        <translation>kan niet luisteren op %1 (of kan het TLS-certificaat en de sleutel %2, %3 niet lezen)</translation>
    </message>
    <message>
        <source>listening on %1 (account %2, token %3; %4 offerings, %5 instances, ready in %6 ms)</source>
        <translation>luistert op %1 (account %2, token %3; %4 aanbiedingen, %5 instanties, klaar in %6 ms)</translation>
    </message>
</context>
<context>
    <name>sandbox::Faults</name>
    <message>
        <source>unknown fault kind &apos;%1&apos;</source>
        <translation>onbekende soort fout „%1”</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation>„%1” is niet leesbaar</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>onbekende optie „%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number</source>
        <translation>„%1” heeft een getal nodig</translation>
    </message>
    <message>
        <source>invalid path pattern &apos;%1&apos;</source>
        <translation>ongeldig padpatroon „%1”</translation>
    </message>
    <message>
        <source>Fault spec: KIND[:OPTION]...  (repeat --fault; checked in order, first applicable wins;
  every fault counts each request that matches its method and path for its own skip/times)
  KIND: status ratelimit malformed empty truncate reset drop never drip
        foreign-link link-loop wrong-types drop-fields latency
        revoke-token (this and every later request get 401)  huge (records padded to bytes=N, 10 MiB)
  OPTION: N (100..599, the status)  METHOD (upper case)  ^REGEX or /path (path pattern)
          skip=N  times=N (-1 = forever, default 1)  ms=N  retry-after=N  bytes=N  chunk=N (drip)
          content-type=T  body=TEXT  foreign=URL  (body= and foreign= take the rest: put them last)
  e.g. status:503:GET:^/v1/app_instances$:skip=2:times=1   ratelimit:retry-after=1
       drop   truncate   malformed   latency:ms=300:times=-1   foreign-link:foreign=http://127.0.0.2:8080</source>
        <translation>Foutspecificatie: KIND[:OPTION]...  (--fault is herhaalbaar; op volgorde gecontroleerd, de eerste die past wint;
  elke fout telt elk verzoek dat bij zijn methode en pad past, voor zijn eigen skip/times)
  KIND: status ratelimit malformed empty truncate reset drop never drip
        foreign-link link-loop wrong-types drop-fields latency
        revoke-token (dit en elk later verzoek krijgen 401)  huge (records opgevuld tot bytes=N, 10 MiB)
  OPTION: N (100..599, de status)  METHOD (hoofdletters)  ^REGEX of /pad (padpatroon)
          skip=N  times=N (-1 = altijd, standaard 1)  ms=N  retry-after=N  bytes=N  chunk=N (drip)
          content-type=T  body=TEXT  foreign=URL  (body= en foreign= nemen de rest: zet ze achteraan)
  bijv. status:503:GET:^/v1/app_instances$:skip=2:times=1   ratelimit:retry-after=1
        drop   truncate   malformed   latency:ms=300:times=-1   foreign-link:foreign=http://127.0.0.2:8080</translation>
    </message>
</context>
</TS>
