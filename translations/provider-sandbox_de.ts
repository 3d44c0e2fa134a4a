<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>SandboxText</name>
    <message>
        <source>A local emulator of the 4me / Xurrent REST API (app offerings and app instances).</source>
        <translation>Ein lokaler Emulator der REST-API von 4me / Xurrent (App-Angebote und App-Instanzen).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (Standard 8080; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Address to bind (default 127.0.0.1).</source>
        <translation>Adresse, an die gebunden wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Allow binding a non-loopback address (the token is well known!).</source>
        <translation>Binden an eine Adresse außerhalb von Loopback erlauben (das Token ist allgemein bekannt!).</translation>
    </message>
    <message>
        <source>Number of seeded app offerings.</source>
        <translation>Anzahl der erzeugten App-Angebote.</translation>
    </message>
    <message>
        <source>Number of seeded app instances.</source>
        <translation>Anzahl der erzeugten App-Instanzen.</translation>
    </message>
    <message>
        <source>Number of customer accounts.</source>
        <translation>Anzahl der Kundenkonten.</translation>
    </message>
    <message>
        <source>Random seed of the data.</source>
        <translation>Zufallsstartwert der Daten.</translation>
    </message>
    <message>
        <source>The accepted Bearer token.</source>
        <translation>Das akzeptierte Bearer-Token.</translation>
    </message>
    <message>
        <source>The provider&apos;s account id.</source>
        <translation>Die Konto-ID des Anbieters.</translation>
    </message>
    <message>
        <source>Switch the burst limit (20 requests per 2 s) off.</source>
        <translation>Das Burst-Limit (20 Anfragen pro 2 s) ausschalten.</translation>
    </message>
    <message>
        <source>Requests per rolling hour (0 = off).</source>
        <translation>Anfragen pro gleitender Stunde (0 = aus).</translation>
    </message>
    <message>
        <source>Milliseconds added to every answer.</source>
        <translation>Millisekunden, die jeder Antwort hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Serve only /v1/integration_instances (an older server).</source>
        <translation>Nur /v1/integration_instances bereitstellen (ein älterer Server).</translation>
    </message>
    <message>
        <source>Do not serve the legacy /v1/integration_instances.</source>
        <translation>Das veraltete /v1/integration_instances nicht bereitstellen.</translation>
    </message>
    <message>
        <source>The API to answer as: current (default), or 2021 (offerings sorted by reference, instances only at /integration_instances).</source>
        <translation>Als welche API antworten: current (Standard) oder 2021 (Angebote nach Referenz sortiert, Instanzen nur unter /integration_instances).</translation>
    </message>
    <message>
        <source>GENERATION</source>
        <translation>GENERATION</translation>
    </message>
    <message>
        <source>Serve HTTPS with this certificate (PEM); needs --tls-key.</source>
        <translation>HTTPS mit diesem Zertifikat (PEM) bereitstellen; braucht --tls-key.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The private key (PEM) of --tls-cert.</source>
        <translation>Der private Schlüssel (PEM) zu --tls-cert.</translation>
    </message>
    <message>
        <source>Inject a fault (repeatable); see the grammar above.</source>
        <translation>Einen Fehler einspeisen (wiederholbar); siehe die Grammatik oben.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>--%1 needs a number &gt;= %2</source>
        <translation>--%1 braucht eine Zahl &gt;= %2</translation>
    </message>
    <message>
        <source>--api-generation takes current or 2021, not %1</source>
        <translation>--api-generation nimmt current oder 2021, nicht %1</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <source>cannot read the address %1</source>
        <translation>die Adresse %1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>refusing to bind %1: the sandbox accepts a well-known token. Use --allow-remote if you mean it.</source>
        <translation>Binden an %1 verweigert: Die Sandbox akzeptiert ein allgemein bekanntes Token. Verwenden Sie --allow-remote, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>kann nicht auf %1 lauschen</translation>
    </message>
    <message>
        <source>cannot listen on %1 (or cannot read the TLS certificate and key %2, %3)</source>
        <translation>kann nicht auf %1 lauschen (oder kann das TLS-Zertifikat und den Schlüssel %2, %3 nicht lesen)</translation>
    </message>
    <message>
        <source>listening on %1 (account %2, token %3; %4 offerings, %5 instances, ready in %6 ms)</source>
        <translation>lauscht auf %1 (Konto %2, Token %3; %4 Angebote, %5 Instanzen, bereit in %6 ms)</translation>
    </message>
</context>
<context>
    <name>sandbox::Faults</name>
    <message>
        <source>unknown fault kind &apos;%1&apos;</source>
        <translation>unbekannte Fehlerart „%1“</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation>„%1“ ist nicht lesbar</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number</source>
        <translation>„%1“ braucht eine Zahl</translation>
    </message>
    <message>
        <source>invalid path pattern &apos;%1&apos;</source>
        <translation>ungültiges Pfadmuster „%1“</translation>
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
        <translation>Fehlerspezifikation: KIND[:OPTION]...  (--fault ist wiederholbar; der Reihe nach geprüft, der erste passende gilt;
  jeder Fehler zählt jede Anfrage, die zu seiner Methode und seinem Pfad passt, für sein eigenes skip/times)
  KIND: status ratelimit malformed empty truncate reset drop never drip
        foreign-link link-loop wrong-types drop-fields latency
        revoke-token (diese und jede spätere Anfrage erhalten 401)  huge (Datensätze auf bytes=N aufgefüllt, 10 MiB)
  OPTION: N (100..599, der Status)  METHOD (Großbuchstaben)  ^REGEX oder /pfad (Pfadmuster)
          skip=N  times=N (-1 = immer, Standard 1)  ms=N  retry-after=N  bytes=N  chunk=N (drip)
          content-type=T  body=TEXT  foreign=URL  (body= und foreign= nehmen den Rest: ans Ende setzen)
  z. B. status:503:GET:^/v1/app_instances$:skip=2:times=1   ratelimit:retry-after=1
        drop   truncate   malformed   latency:ms=300:times=-1   foreign-link:foreign=http://127.0.0.2:8080</translation>
    </message>
</context>
</TS>
