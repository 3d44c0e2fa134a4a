<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionJournal</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>Das Journal %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2</source>
        <translation>Das Journal %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AdoptionChart</name>
    <message>
        <source>Adoption over time</source>
        <translation>Verbreitung im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The API URL is empty. Enter it like https://api.xurrent.com/v1.</source>
        <translation>Die API-URL ist leer. Geben Sie sie etwa so ein: https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Enter it like https://api.xurrent.com/v1.</source>
        <translation>„%1“ ist keine gültige URL. Geben Sie sie etwa so ein: https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>Die API-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost); use https:// for %1 so the API token is never sent unencrypted.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt; verwenden Sie https:// für %1, damit das API-Token nie unverschlüsselt gesendet wird.</translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password; the token is entered separately.</source>
        <translation>Die API-URL darf keinen Benutzernamen und kein Passwort enthalten; das Token wird separat eingegeben.</translation>
    </message>
    <message>
        <source>The API URL must not contain a query (?…) or a fragment (#…).</source>
        <translation>Die API-URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server redirected to another host (%1). Nothing was sent there, to keep your API token safe.</source>
        <translation>Der Server hat auf einen anderen Host umgeleitet (%1). Dorthin wurde nichts gesendet, damit Ihr API-Token sicher bleibt.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Der Server hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>The server sent an empty answer where data was expected.</source>
        <translation>Der Server hat eine leere Antwort gesendet, wo Daten erwartet wurden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: Sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
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
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden (%1). Die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS). Check the API URL and your network connection.</source>
        <translation>Der Name des Servers wurde nicht gefunden (DNS). Prüfen Sie die API-URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API URL, or whether the server is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die API-URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy settings.</source>
        <translation>Der Proxy ist fehlgeschlagen: %1. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The network request failed: %1.</source>
        <translation>Die Netzwerkanfrage ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (400).</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (400).</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The API token was not accepted for this account (401). It may be wrong, expired or revoked, or the account id may be wrong.</source>
        <translation>Das API-Token wurde für dieses Konto nicht akzeptiert (401). Es ist vielleicht falsch, abgelaufen oder widerrufen, oder die Konto-ID ist falsch.</translation>
    </message>
    <message>
        <source>The token is valid but not allowed to do this (403). Check the token&apos;s scopes and your roles in the account.</source>
        <translation>Das Token ist gültig, darf dies aber nicht (403). Prüfen Sie die Berechtigungen des Tokens und Ihre Rollen im Konto.</translation>
    </message>
    <message>
        <source>The record or collection was not found (404). It may have been deleted, or the server does not offer it.</source>
        <translation>Der Datensatz oder die Sammlung wurde nicht gefunden (404). Vielleicht wurde er gelöscht, oder der Server bietet ihn nicht an.</translation>
    </message>
    <message>
        <source>The server did not accept the values (422).</source>
        <translation>Der Server hat die Werte nicht akzeptiert (422).</translation>
    </message>
    <message>
        <source>The server did not accept the values: %1</source>
        <translation>Der Server hat die Werte nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The API rate limit was reached and waiting longer was not allowed. Try again later.</source>
        <translation>Das Anfragelimit der API wurde erreicht, und länger zu warten war nicht erlaubt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A gateway between you and the API failed (%1). This is usually temporary; try again shortly.</source>
        <translation>Ein Gateway zwischen Ihnen und der API ist fehlgeschlagen (%1). Das ist meist vorübergehend; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The API is temporarily unavailable (503). Try again shortly.</source>
        <translation>Die API ist vorübergehend nicht verfügbar (503). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1). If it persists, contact 4me support.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (%1). Wenn er bestehen bleibt, wenden Sie sich an den 4me-Support.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect (%1).</source>
        <translation>Der Server hat mit einer unerwarteten Umleitung geantwortet (%1).</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a list of records.</source>
        <translation>Die Antwort des Servers war keine Liste von Datensätzen.</translation>
    </message>
    <message>
        <source>The server&apos;s next-page link points to another host (%1). Loading stopped and nothing was sent there, to keep your API token safe.</source>
        <translation>Der Link des Servers zur nächsten Seite zeigt auf einen anderen Host (%1). Das Laden wurde angehalten und dorthin nichts gesendet, damit Ihr API-Token sicher bleibt.</translation>
    </message>
    <message>
        <source>The server&apos;s next-page link points back to a page already loaded. Loading stopped to avoid an endless loop.</source>
        <translation>Der Link des Servers zur nächsten Seite zeigt zurück auf eine bereits geladene Seite. Das Laden wurde angehalten, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
        <source>The API token or account id contains a line break or another control character. Paste it again without them.</source>
        <translation>Das API-Token oder die Konto-ID enthält einen Zeilenumbruch oder ein anderes Steuerzeichen. Fügen Sie es ohne diese erneut ein.</translation>
    </message>
    <message>
        <source>The request for %1 was not sent: it is not on the API host, and your API token goes nowhere else.</source>
        <translation>Die Anfrage für %1 wurde nicht gesendet: Sie liegt nicht auf dem API-Host, und Ihr API-Token geht nirgendwo anders hin.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) without a valid target.</source>
        <translation>Der Server hat mit einer Umleitung (%1) ohne gültiges Ziel geantwortet.</translation>
    </message>
    <message>
        <source>The server answered the change with a redirect (%1); it was not sent again. Reload the record to see whether it was applied.</source>
        <translation>Der Server hat auf die Änderung mit einer Umleitung geantwortet (%1); sie wurde nicht erneut gesendet. Laden Sie den Datensatz neu, um zu sehen, ob sie übernommen wurde.</translation>
    </message>
    <message>
        <source>The API rate limit was reached, and the server asks to wait %1 s, longer than this request may wait. Try again after %2.</source>
        <translation>Das Anfragelimit der API wurde erreicht, und der Server verlangt %1 s Wartezeit, länger als diese Anfrage warten darf. Versuchen Sie es nach %2 erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not arrive, so the record may or may not have been created. Check the list before trying again.</source>
        <translation>Die Antwort des Servers ist nicht angekommen; der Datensatz wurde also vielleicht angelegt, vielleicht auch nicht. Prüfen Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not arrive, so the change may or may not have been applied. Reload the record to see its state.</source>
        <translation>Die Antwort des Servers ist nicht angekommen; die Änderung wurde also vielleicht übernommen, vielleicht auch nicht. Laden Sie den Datensatz neu, um seinen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Nothing was changed: this profile is read-only. Edit the profile to allow changes.</source>
        <translation>Nichts wurde geändert: Dieses Profil ist schreibgeschützt. Bearbeiten Sie das Profil, um Änderungen zuzulassen.</translation>
    </message>
    <message>
        <source>The proxy refused the user name or password (407), or needs them. Check the proxy&apos;s user and password in the profile.</source>
        <translation>Der Proxy hat den Benutzernamen oder das Passwort abgelehnt (407) oder verlangt sie. Prüfen Sie Benutzer und Passwort des Proxys im Profil.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The drafts folder %1 could not be created.</source>
        <translation>Der Entwurfsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>Der Entwurf konnte nicht geschrieben werden: %1</translation>
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
    <name>OfferingChart</name>
    <message>
        <source>Installs per offering</source>
        <translation>Installationen pro Angebot</translation>
    </message>
</context>
<context>
    <name>OfferingEdit</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OfferingRules</name>
    <message>
        <source>Required, at most 128 characters.</source>
        <translation>Pflichtfeld, höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>Required, at most 161 characters, unique across all accounts. It can no longer change once the offering is published.</source>
        <translation>Pflichtfeld, höchstens 161 Zeichen, eindeutig über alle Konten. Nicht mehr änderbar, sobald das Angebot veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Required: the service instance requests about this app are registered for.</source>
        <translation>Pflichtfeld: die Service-Instanz, für die Anfragen zu dieser App erfasst werden.</translation>
    </message>
    <message>
        <source>Required: how the webhook&apos;s JWT is signed.</source>
        <translation>Pflichtfeld: wie das JWT des Webhooks signiert wird.</translation>
    </message>
    <message>
        <source>In minutes (or hhh:mm).</source>
        <translation>In Minuten (oder hhh:mm).</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>An https URL of at most 255 characters; {account} becomes the customer&apos;s account id.</source>
        <translation>Eine https-URL mit höchstens 255 Zeichen; {account} wird zur Konto-ID des Kunden.</translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation>Höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>A link to the picture, or a data URL under 2 MB.</source>
        <translation>Ein Link zum Bild oder eine Data-URL unter 2 MB.</translation>
    </message>
    <message>
        <source>New customers can no longer install it; customers who have it can still update.</source>
        <translation>Neue Kunden können es nicht mehr installieren; Kunden, die es haben, können es weiterhin aktualisieren.</translation>
    </message>
    <message>
        <source>At most 30 characters.</source>
        <translation>Höchstens 30 Zeichen.</translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation>Höchstens 128 Zeichen.</translation>
    </message>
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
        <source>JWT audience</source>
        <translation>JWT-Audience</translation>
    </message>
    <message>
        <source>Claim expires in</source>
        <translation>Claim läuft ab nach</translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation>UI-Erweiterungsversion</translation>
    </message>
    <message>
        <source>Configuration URI template</source>
        <translation>Konfigurations-URI-Vorlage</translation>
    </message>
    <message>
        <source>Card description</source>
        <translation>Kartenbeschreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Picture URI</source>
        <translation>Bild-URI</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Quell-ID</translation>
    </message>
    <message>
        <source>RSA using SHA-256</source>
        <translation>RSA mit SHA-256</translation>
    </message>
    <message>
        <source>RSA using SHA-384</source>
        <translation>RSA mit SHA-384</translation>
    </message>
    <message>
        <source>RSA using SHA-512</source>
        <translation>RSA mit SHA-512</translation>
    </message>
    <message>
        <source>ECDSA using P-256 and SHA-256</source>
        <translation>ECDSA mit P-256 und SHA-256</translation>
    </message>
    <message>
        <source>ECDSA using P-384 and SHA-384</source>
        <translation>ECDSA mit P-384 und SHA-384</translation>
    </message>
    <message>
        <source>ECDSA using P-521 and SHA-512</source>
        <translation>ECDSA mit P-521 und SHA-512</translation>
    </message>
    <message>
        <source>%1 is not a field of an app offering.</source>
        <translation>%1 ist kein Feld eines App-Angebots.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be blank.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 muss ja oder nein sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of minutes.</source>
        <translation>%1 muss eine ganze Zahl von Minuten sein.</translation>
    </message>
    <message>
        <source>%1 must be a number of minutes, or hours:minutes like 1:30.</source>
        <translation>%1 muss eine Anzahl Minuten sein oder Stunden:Minuten wie 1:30.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message>
        <source>%1 must be a full URL, like https://example.com/hook?account={account}.</source>
        <translation>%1 muss eine vollständige URL sein, etwa https://example.com/hook?account={account}.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>%1 must be a link starting with https:// (or a data URL).</source>
        <translation>%1 muss ein Link sein, der mit https:// beginnt (oder eine Data-URL).</translation>
    </message>
    <message>
        <source>At most 2 KB: 2,048 bytes in UTF-8.</source>
        <translation>Höchstens 2 KB: 2.048 Byte in UTF-8.</translation>
    </message>
    <message>
        <source>Plain text, at most 64 KB: 65,535 bytes in UTF-8.</source>
        <translation>Reiner Text, höchstens 64 KB: 65.535 Byte in UTF-8.</translation>
    </message>
    <message>
        <source>%1: choose one from the list.</source>
        <translation>%1: Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>Required, a URL of at most 255 characters: https (plain http only after a warning); {account} becomes the customer&apos;s account id.</source>
        <translation>Pflichtfeld, eine URL mit höchstens 255 Zeichen: https (einfaches http nur nach einer Warnung); {account} wird zur Konto-ID des Kunden.</translation>
    </message>
    <message>
        <source>%1 must start with https:// (or http://).</source>
        <translation>%1 muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>Plain http sends the webhook&apos;s payload and JWT unencrypted; 4me may refuse it.</source>
        <translation>Bei einfachem http gehen Nutzdaten und JWT des Webhooks unverschlüsselt über das Netz; 4me lehnt das möglicherweise ab.</translation>
    </message>
</context>
<context>
    <name>OverviewData</name>
    <message>
        <source>Offering #%1</source>
        <translation>Angebot #%1</translation>
    </message>
    <message>
        <source>No offering</source>
        <translation>Kein Angebot</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n offering(s))</source>
        <translation>
            <numerusform>Sonstige (%n Angebot)</numerusform>
            <numerusform>Sonstige (%n Angebote)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Enter the account id, for example wdc.</source>
        <translation>Geben Sie die Konto-ID ein, zum Beispiel wdc.</translation>
    </message>
    <message>
        <source>The account id &quot;%1&quot; must not contain spaces.</source>
        <translation>Die Konto-ID „%1“ darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port (1 to 65535).</source>
        <translation>Geben Sie den Port des Proxys ein (1 bis 65535).</translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist.</source>
        <translation>Das CA-Bundle %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>RecordStateText</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Nicht aktiviert</translation>
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
        <source>Disabled by the provider</source>
        <translation>Vom Anbieter deaktiviert</translation>
    </message>
    <message>
        <source>Suspended by the customer</source>
        <translation>Vom Kunden ausgesetzt</translation>
    </message>
    <message>
        <source>Not enabled by the customer</source>
        <translation>Nicht vom Kunden aktiviert</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
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
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>The connection was refused because the server&apos;s certificate could not be trusted:</source>
        <translation>Die Verbindung wurde abgelehnt, weil dem Zertifikat des Servers nicht vertraut werden konnte:</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>unbekannter TLS-Fehler</translation>
    </message>
    <message>
        <source>If your network inspects TLS traffic, add your organisation&apos;s CA bundle to the profile. Do not connect if you did not expect this certificate.</source>
        <translation>Wenn Ihr Netzwerk TLS-Verkehr prüft, fügen Sie dem Profil das CA-Bundle Ihrer Organisation hinzu. Verbinden Sie sich nicht, wenn Sie dieses Zertifikat nicht erwartet haben.</translation>
    </message>
</context>
<context>
    <name>TransportConfig</name>
    <message>
        <source>No CA bundle file is given.</source>
        <translation>Es ist keine CA-Bundle-Datei angegeben.</translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist. Choose the PEM file your IT department provides, or clear the setting.</source>
        <translation>Das CA-Bundle %1 existiert nicht. Wählen Sie die PEM-Datei, die Ihre IT-Abteilung bereitstellt, oder leeren Sie die Einstellung.</translation>
    </message>
    <message>
        <source>The CA bundle %1 is not a file.</source>
        <translation>Das CA-Bundle %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The CA bundle %1 is too large to be a certificate bundle.</source>
        <translation>Das CA-Bundle %1 ist zu groß für ein Zertifikats-Bundle.</translation>
    </message>
    <message>
        <source>The CA bundle %1 could not be read: %2</source>
        <translation>Das CA-Bundle %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 contains no certificates. It must be a PEM file with one or more &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>Das CA-Bundle %1 enthält keine Zertifikate. Es muss eine PEM-Datei mit einem oder mehreren Blöcken „-----BEGIN CERTIFICATE-----“ sein.</translation>
    </message>
</context>
<context>
    <name>VisitChanges</name>
    <message>
        <source>Offering #%1</source>
        <translation>Angebot #%1</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Deinstalliert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled again</source>
        <translation>Wieder aktiviert</translation>
    </message>
    <message>
        <source>Enabled by the customer</source>
        <translation>Vom Kunden aktiviert</translation>
    </message>
    <message>
        <source>No longer enabled by the customer</source>
        <translation>Nicht mehr vom Kunden aktiviert</translation>
    </message>
    <message>
        <source>New offering</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Offering changed</source>
        <translation>Angebot geändert</translation>
    </message>
    <message>
        <source>Offering removed</source>
        <translation>Angebot entfernt</translation>
    </message>
    <message>
        <source>%1: %2 (#%3)</source>
        <translation>%1: %2 (#%3)</translation>
    </message>
    <message>
        <source>%1: %2 — %3 (#%4)</source>
        <translation>%1: %2 — %3 (#%4)</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> („%1“)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Timed out waiting for the first pages.</source>
        <translation>Zeitüberschreitung beim Warten auf die ersten Seiten.</translation>
    </message>
    <message>
        <source>A desktop console for 4me / Xurrent app providers.

The API token is read from the environment variable PROVIDER_CONSOLE_TOKEN;
it is never accepted on the command line, where other users could read it.</source>
        <translation>Eine Desktop-Konsole für App-Anbieter auf 4me / Xurrent.

Das API-Token wird aus der Umgebungsvariablen PROVIDER_CONSOLE_TOKEN gelesen;
auf der Befehlszeile, wo andere Benutzer es lesen könnten, wird es nie angenommen.</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox (no account needed).</source>
        <translation>Mit der eingebauten Sandbox starten (kein Konto nötig).</translation>
    </message>
    <message>
        <source>Number of app instances in the demo sandbox.</source>
        <translation>Anzahl der App-Instanzen in der Demo-Sandbox.</translation>
    </message>
    <message>
        <source>The API base URL, e.g. https://api.xurrent.com/v1.</source>
        <translation>Die Basis-URL der API, z. B. https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>The account id, e.g. wdc.</source>
        <translation>Die Konto-ID, z. B. wdc.</translation>
    </message>
    <message>
        <source>Save the window to a PNG once the first pages are shown, then quit.</source>
        <translation>Das Fenster als PNG speichern, sobald die ersten Seiten angezeigt werden, dann beenden.</translation>
    </message>
    <message>
        <source>The API token is not accepted on the command line, where other users can read it. Set PROVIDER_CONSOLE_TOKEN in the environment instead.</source>
        <translation>Das API-Token wird auf der Befehlszeile nicht angenommen, wo andere Benutzer es lesen können. Setzen Sie stattdessen PROVIDER_CONSOLE_TOKEN in der Umgebung.</translation>
    </message>
    <message>
        <source>--demo-instances takes a number from 0 to 1000000.</source>
        <translation>--demo-instances nimmt eine Zahl von 0 bis 1000000.</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>Die Demo-Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>--account is required with --api-url.</source>
        <translation>--account ist zusammen mit --api-url erforderlich.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Profile: %2.</translation>
    </message>
    <message>
        <source>PROVIDER_CONSOLE_TOKEN is only used with --profile or --api-url; ignoring it.</source>
        <translation>PROVIDER_CONSOLE_TOKEN wird nur mit --profile oder --api-url verwendet; es wird ignoriert.</translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation>Das gespeicherte Profil NAME öffnen.</translation>
    </message>
    <message>
        <source>Make no changes: every write action is disabled.</source>
        <translation>Nichts ändern: Jede schreibende Aktion ist deaktiviert.</translation>
    </message>
    <message>
        <source>Set the API token in the environment variable PROVIDER_CONSOLE_TOKEN, or save a profile (start without options) to keep it in the keychain.</source>
        <translation>Setzen Sie das API-Token in der Umgebungsvariablen PROVIDER_CONSOLE_TOKEN, oder speichern Sie ein Profil (ohne Optionen starten), um es im Schlüsselbund zu behalten.</translation>
    </message>
    <message>
        <source>--report-first-paint: no view shows the offerings.</source>
        <translation>--report-first-paint: Keine Ansicht zeigt die Angebote.</translation>
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
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>The area to show first: overview, offerings, instances or journal.</source>
        <translation>Der Bereich, der zuerst angezeigt wird: overview, offerings, instances oder journal.</translation>
    </message>
    <message>
        <source>Use a dark palette, whatever the desktop&apos;s (for screenshots).</source>
        <translation>Eine dunkle Farbpalette verwenden, unabhängig von der des Desktops (für Screenshots).</translation>
    </message>
    <message>
        <source>Print when the first rows of the area shown are painted, then quit (for benchmarks).</source>
        <translation>Ausgeben, wann die ersten Zeilen des angezeigten Bereichs gezeichnet sind, dann beenden (für Benchmarks).</translation>
    </message>
    <message>
        <source>--view takes overview, offerings, instances or journal.</source>
        <translation>--view nimmt overview, offerings, instances oder journal.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <source>Git revision: %1</source>
        <translation>Git-Revision: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>pc::AdoptionModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installationen</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Laufende Summe</translation>
    </message>
</context>
<context>
    <name>pc::ApiCall</name>
    <message>
        <source>The connection to %1 was refused because its certificate is not trusted; nothing was sent.
%2</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt, weil seinem Zertifikat nicht vertraut wird; es wurde nichts gesendet.
%2</translation>
    </message>
</context>
<context>
    <name>pc::AppController</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>EIGENE URL</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>Die Demo konnte nicht starten</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>No API token is stored for the profile %1 yet. Paste it to connect.</source>
        <translation>Für das Profil %1 ist noch kein API-Token gespeichert. Fügen Sie es ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>Der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The API token of the profile “%1” could not be read from the keychain.</source>
        <translation>Das API-Token des Profils „%1“ konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>A token entered for this session is kept in memory only and forgotten when the console closes.</source>
        <translation>Ein für diese Sitzung eingegebenes Token wird nur im Speicher gehalten und beim Schließen der Konsole vergessen.</translation>
    </message>
    <message>
        <source>API token for this session</source>
        <translation>API-Token für diese Sitzung</translation>
    </message>
    <message>
        <source>The API token for %1 (%2). It is not stored anywhere.</source>
        <translation>Das API-Token für %1 (%2). Es wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The CA bundle could not be used</source>
        <translation>Das CA-Bundle konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>The new token of %1 could not be kept in the keychain (%2); it is used for this session only.</source>
        <translation>Das neue Token von %1 konnte nicht im Schlüsselbund gespeichert werden (%2); es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Switch profile — Provider Console</source>
        <translation>Profil wechseln — Provider Console</translation>
    </message>
    <message>
        <source>Welcome — Provider Console</source>
        <translation>Willkommen — Provider Console</translation>
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
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported the journal to %1</source>
        <translation>Das Journal wurde nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading every page before the export…</source>
        <translation>Vor dem Export werden alle Seiten geladen…</translation>
    </message>
    <message>
        <source>Export cancelled: not every page could be loaded.</source>
        <translation>Export abgebrochen: Nicht alle Seiten konnten geladen werden.</translation>
    </message>
    <message>
        <source>The server caps this collection at 100,000 records, so the export may not hold every record; narrow it with a filter.</source>
        <translation>Der Server liefert von dieser Sammlung höchstens 100.000 Datensätze, daher enthält der Export vielleicht nicht jeden Datensatz; schränken Sie ihn mit einem Filter ein.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: another export is still being written. Try again once it has ended.</source>
        <translation>Export fehlgeschlagen: Ein anderer Export wird noch geschrieben. Versuchen Sie es erneut, sobald er beendet ist.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %L1 of %Ln row(s)…</source>
        <translation>
            <numerusform>Exportiere: %L1 von %Ln Zeile …</numerusform>
            <numerusform>Exportiere: %L1 von %Ln Zeilen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>pc::BackgroundSaveFile</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
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
        <translation>Spalten auswählen und anordnen…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Space shows or hides a column; Alt+Up and Alt+Down move it.</source>
        <translation>Die Leertaste blendet eine Spalte ein oder aus; Alt+↑ und Alt+↓ verschieben sie.</translation>
    </message>
</context>
<context>
    <name>pc::CommandPalette</name>
    <message>
        <source>No matching command</source>
        <translation>Kein passender Befehl</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Befehl eingeben…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>command palette: category before the command</comment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pc::ConflictDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take the server&apos;s</source>
        <translation>&amp;Die des Servers übernehmen</translation>
    </message>
    <message>
        <source>&amp;Merge as chosen</source>
        <translation>Wie &amp;gewählt zusammenführen</translation>
    </message>
    <message>
        <source>Someone else changed this offering</source>
        <translation>Jemand anderes hat dieses Angebot geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else after you opened it. Nothing of yours has been sent. Choose per field which version to keep; fields only they changed take their version.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde von jemand anderem gespeichert, nachdem Sie es geöffnet hatten. Von Ihnen wurde noch nichts gesendet. Wählen Sie je Feld, welche Version bleibt; Felder, die nur die andere Seite geändert hat, erhalten deren Version.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>The server&apos;s now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation>Die des Servers</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behalten für %1</translation>
    </message>
    <message>
        <source>The server&apos;s (only they changed it)</source>
        <translation>Die des Servers (nur dort geändert)</translation>
    </message>
    <message>
        <source>Same change on both sides</source>
        <translation>Auf beiden Seiten dieselbe Änderung</translation>
    </message>
    <message>
        <source>Save your changes over theirs; fields only they changed keep their version.</source>
        <translation>Ihre Änderungen über die der anderen Seite speichern; Felder, die nur die andere Seite geändert hat, behalten deren Version.</translation>
    </message>
    <message>
        <source>Drop your changes and show the server&apos;s version.</source>
        <translation>Ihre Änderungen verwerfen und die Version des Servers anzeigen.</translation>
    </message>
    <message>
        <source>Keep what the Keep column says, field by field.</source>
        <translation>Je Feld behalten, was die Spalte Behalten angibt.</translation>
    </message>
    <message>
        <source>Cancel keeps your form as it is; saving again shows this again.</source>
        <translation>Abbrechen lässt Ihr Formular, wie es ist; erneutes Speichern zeigt dies wieder an.</translation>
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
        <translation>Mit 4me verbinden</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Asks the API who the token belongs to (GET /me), with exactly these settings.</source>
        <translation>Fragt die API, wem das Token gehört (GET /me), mit genau diesen Einstellungen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Checks the API URL, the account and the token before you save.</source>
        <translation>Prüft die API-URL, das Konto und das Token, bevor Sie speichern.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Ein&amp;blenden</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>Paste a personal access token from 4me: Settings → API tokens</source>
        <translation>Fügen Sie ein persönliches Zugriffstoken aus 4me ein: Einstellungen → API-Tokens</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>e.g. wdc (Production)</source>
        <translation>z. B. wdc (Produktion)</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Xurrent</source>
        <translation>Xurrent</translation>
    </message>
    <message>
        <source>4me</source>
        <translation>4me</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marke:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Custom API &amp;URL:</source>
        <translation>Eigene API-UR&amp;L:</translation>
    </message>
    <message>
        <source>For a gateway in front of the API, or the local sandbox (http://127.0.0.1:PORT/v1; plain http only on this computer).</source>
        <translation>Für ein Gateway vor der API oder die lokale Sandbox (http://127.0.0.1:PORT/v1; unverschlüsseltes http nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>e.g. https://api.example.com/v1</source>
        <translation>z. B. https://api.example.com/v1</translation>
    </message>
    <message>
        <source>e.g. wdc</source>
        <translation>z. B. wdc</translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation>&amp;Konto-ID:</translation>
    </message>
    <message>
        <source>The first part of your 4me address: wdc in wdc.xurrent.com.</source>
        <translation>Der erste Teil Ihrer 4me-Adresse: wdc in wdc.xurrent.com.</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Token ein- oder ausblenden</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API-T&amp;oken:</translation>
    </message>
    <message>
        <source>Create one in 4me under Settings → API tokens (personal access tokens). It is kept in the system keychain, never in a file.</source>
        <translation>Erstellen Sie eines in 4me unter Einstellungen → API-Tokens (persönliche Zugriffstokens). Es wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Read-&amp;only (no writes from this console)</source>
        <translation>Schreib&amp;geschützt (keine Änderungen aus dieser Konsole)</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>None (direct)</source>
        <translation>Keiner (direkt)</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>user (optional)</source>
        <translation>Benutzer (optional)</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted certificates</source>
        <translation>keines: die vertrauenswürdigen Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>C&amp;A-Bundle:</translation>
    </message>
    <message>
        <source>Only where your company inspects encrypted traffic: a PEM file with its certificates, trusted in addition to the system&apos;s.</source>
        <translation>Nur wo Ihr Unternehmen verschlüsselten Verkehr prüft: eine PEM-Datei mit dessen Zertifikaten, denen zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA-Bundle auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The token could not be saved</source>
        <translation>Das Token konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Use the token for this session on&amp;ly</source>
        <translation>Token nur für diese Sitzung ver&amp;wenden</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>Das Token wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved, but its token could not be stored in %2.</source>
        <translation>Das Profil „%1“ ist gespeichert, aber sein Token konnte nicht gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>The token is not written anywhere else. For this session only, it is kept in memory and forgotten when the console closes.</source>
        <translation>Das Token wird nirgendwo sonst gespeichert. Nur für diese Sitzung wird es im Speicher gehalten und beim Schließen der Konsole vergessen.</translation>
    </message>
    <message>
        <source>Paste the API token first.</source>
        <translation>Fügen Sie zuerst das API-Token ein.</translation>
    </message>
    <message>
        <source>Reading the stored token…</source>
        <translation>Das gespeicherte Token wird gelesen…</translation>
    </message>
    <message>
        <source>The stored token could not be read: %1</source>
        <translation>Das gespeicherte Token konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>API URL: %1</source>
        <translation>API-URL: %1</translation>
    </message>
    <message>
        <source>a profile name</source>
        <translation>einen Profilnamen</translation>
    </message>
    <message>
        <source>the account id</source>
        <translation>die Konto-ID</translation>
    </message>
    <message>
        <source>The API host or account changed, so the stored token does not apply: paste the token for account %1 on %2.</source>
        <translation>Der API-Host oder das Konto hat sich geändert, daher gilt das gespeicherte Token nicht: Fügen Sie das Token für das Konto %1 auf %2 ein.</translation>
    </message>
    <message>
        <source>Paste the API token.</source>
        <translation>Fügen Sie das API-Token ein.</translation>
    </message>
    <message>
        <source>the API token</source>
        <translation>das API-Token</translation>
    </message>
    <message>
        <source>To save, enter %1.</source>
        <translation>Geben Sie zum Speichern %1 ein.</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
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
        <translation>Lokale Daten &amp;vergessen…</translation>
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
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>Show or hide the proxy password</source>
        <translation>Proxy-Passwort ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Pro&amp;xy password:</source>
        <translation>Pro&amp;xy-Passwort:</translation>
    </message>
    <message>
        <source>For a manual proxy that asks for a user name and password. It is kept in the system keychain with the token, never in a file.</source>
        <translation>Für einen manuellen Proxy, der Benutzername und Passwort verlangt. Es wird mit dem Token im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Saving the proxy password in the keychain…</source>
        <translation>Das Proxy-Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The proxy password could not be saved</source>
        <translation>Das Proxy-Passwort konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Use the password for this session on&amp;ly</source>
        <translation>Passwort nur für diese Sitzung ver&amp;wenden</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved, but its proxy password could not be stored in %2.</source>
        <translation>Das Profil „%1“ ist gespeichert, aber sein Proxy-Passwort konnte nicht in %2 gespeichert werden.</translation>
    </message>
    <message>
        <source>The proxy password (and the token, if you typed one) is not written anywhere else. For this session only, it is kept in memory and forgotten when the console closes.</source>
        <translation>Das Proxy-Passwort (und das Token, falls Sie eines eingegeben haben) wird nirgendwo sonst gespeichert. Nur für diese Sitzung wird es im Speicher gehalten und beim Schließen der Konsole vergessen.</translation>
    </message>
    <message>
        <source>with a manual proxy and its user</source>
        <translation>bei einem manuellen Proxy mit Benutzer</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>nur wenn der Proxy eines verlangt</translation>
    </message>
</context>
<context>
    <name>pc::ConnectionTest</name>
    <message>
        <source>The token does not give access to account &quot;%1&quot; on %2 (%3). Check the account id: it is the first part of your 4me address, like wdc in wdc.xurrent.com. Or use a token created in that account.</source>
        <translation>Das Token gibt keinen Zugriff auf das Konto „%1“ auf %2 (%3). Prüfen Sie die Konto-ID: Sie ist der erste Teil Ihrer 4me-Adresse, etwa wdc in wdc.xurrent.com. Oder verwenden Sie ein Token, das in diesem Konto erstellt wurde.</translation>
    </message>
    <message>
        <source>The proxy %1:%2 failed: %3. Check the proxy&apos;s host, port and user under Network.</source>
        <translation>Der Proxy %1:%2 ist fehlgeschlagen: %3. Prüfen Sie Host, Port und Benutzer des Proxys unter Netzwerk.</translation>
    </message>
    <message>
        <source>The system&apos;s proxy failed: %1. Check your computer&apos;s proxy settings, or choose &quot;None&quot; or a manual proxy under Network.</source>
        <translation>Der Proxy des Systems ist fehlgeschlagen: %1. Prüfen Sie die Proxy-Einstellungen Ihres Computers, oder wählen Sie unter Netzwerk „Keiner“ oder einen manuellen Proxy.</translation>
    </message>
    <message>
        <source>The API token was not accepted (401): it may be mistyped, expired or revoked. Paste it again, or create a new one in 4me under Settings → API tokens.</source>
        <translation>Das API-Token wurde nicht akzeptiert (401): Es ist vielleicht falsch eingegeben, abgelaufen oder widerrufen. Fügen Sie es erneut ein, oder erstellen Sie ein neues in 4me unter Einstellungen → API-Tokens.</translation>
    </message>
    <message>
        <source>The token is valid but lacks permission (403). It must be able to read App Offerings and App Instances in account &quot;%1&quot;: give it those permissions in 4me (Settings → API tokens), or use the token of a person who may.</source>
        <translation>Das Token ist gültig, aber ihm fehlt die Berechtigung (403). Es muss im Konto „%1“ App-Angebote und App-Instanzen lesen dürfen: Geben Sie ihm diese Berechtigungen in 4me (Einstellungen → API-Tokens), oder verwenden Sie das Token einer Person, die das darf.</translation>
    </message>
    <message>
        <source>%1 found nothing at %2 (404). Either account &quot;%3&quot; does not exist there, or the API URL is not right (it normally ends in /v1).</source>
        <translation>%1 hat unter %2 nichts gefunden (404). Entweder gibt es dort kein Konto „%3“, oder die API-URL stimmt nicht (sie endet normalerweise auf /v1).</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS). Check the API URL for typing errors, and your network connection or VPN.</source>
        <translation>Der Servername %1 wurde nicht gefunden (DNS). Prüfen Sie die API-URL auf Tippfehler sowie Ihre Netzwerkverbindung oder Ihr VPN.</translation>
    </message>
    <message>
        <source>No connection: %1 refused it on port %2. Check the API URL, and whether the server (or the local sandbox) is running.</source>
        <translation>Keine Verbindung: %1 hat sie auf Port %2 abgelehnt. Prüfen Sie die API-URL und ob der Server (oder die lokale Sandbox) läuft.</translation>
    </message>
    <message>
        <source>No network: %1 could not be reached (%2). Check your network connection.</source>
        <translation>Kein Netzwerk: %1 war nicht erreichbar (%2). Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>A firewall or proxy may be in the way.</source>
        <translation>Vielleicht steht eine Firewall oder ein Proxy im Weg.</translation>
    </message>
    <message>
        <source>If your company inspects encrypted traffic, choose its CA bundle under Network and test again. Certificate errors are never ignored.</source>
        <translation>Wenn Ihr Unternehmen verschlüsselten Verkehr prüft, wählen Sie unter Netzwerk dessen CA-Bundle und testen Sie erneut. Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>Check that %1 is the API URL; it normally looks like https://api.xurrent.com/v1.</source>
        <translation>Prüfen Sie, ob %1 die API-URL ist; sie sieht normalerweise so aus: https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected: the token belongs to %1 on account %2.</source>
        <translation>Verbunden: Das Token gehört %1 im Konto %2.</translation>
    </message>
    <message>
        <source>Connected: the token belongs to %1 (%2) on account %3.</source>
        <translation>Verbunden: Das Token gehört %1 (%2) im Konto %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). The network, a VPN or a proxy may be slow or block the connection; check them and test again.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet. Das Netzwerk, ein VPN oder ein Proxy ist vielleicht langsam oder blockiert die Verbindung; prüfen Sie sie und testen Sie erneut.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet. Das Netzwerk, ein VPN oder ein Proxy ist vielleicht langsam oder blockiert die Verbindung; prüfen Sie sie und testen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The proxy %1:%2 refused the user name or password (407). Check the proxy&apos;s user and password under Network.</source>
        <translation>Der Proxy %1:%2 hat den Benutzernamen oder das Passwort abgelehnt (407). Prüfen Sie Benutzer und Passwort des Proxys unter Netzwerk.</translation>
    </message>
</context>
<context>
    <name>pc::DetailPane</name>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Details des Datensatzes</translation>
    </message>
    <message>
        <source>Copy the whole record as JSON (%1)</source>
        <translation>Den ganzen Datensatz als JSON kopieren (%1)</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Details schließen (Esc)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Press Enter on a row to see all its fields here.</source>
        <translation>Drücken Sie Enter auf einer Zeile, um hier alle ihre Felder zu sehen.</translation>
    </message>
    <message>
        <source>Loading offering #%1…</source>
        <translation>Angebot #%1 wird geladen…</translation>
    </message>
    <message>
        <source>Loading instance #%1…</source>
        <translation>Instanz #%1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not load offering #%1.</source>
        <translation>Angebot #%1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load instance #%1.</source>
        <translation>Instanz #%1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Below: offering #%1, shown earlier.</source>
        <translation>Darunter: Angebot #%1, zuvor angezeigt.</translation>
    </message>
    <message>
        <source>Below: instance #%1, shown earlier.</source>
        <translation>Darunter: Instanz #%1, zuvor angezeigt.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>pc::FigureTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter shows them</source>
        <translation>Enter zeigt sie an</translation>
    </message>
    <message>
        <source>%1 since your last visit. Enter shows them</source>
        <translation>%1 seit Ihrem letzten Besuch. Enter zeigt sie an</translation>
    </message>
</context>
<context>
    <name>pc::FiguresModel</name>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Published offerings</source>
        <translation>Veröffentlichte Angebote</translation>
    </message>
    <message>
        <source>Draft offerings</source>
        <translation>Angebote im Entwurf</translation>
    </message>
    <message>
        <source>Disabled offerings</source>
        <translation>Deaktivierte Angebote</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Active instances</source>
        <translation>Aktive Instanzen</translation>
    </message>
    <message>
        <source>Instances not enabled by the customer</source>
        <translation>Nicht vom Kunden aktivierte Instanzen</translation>
    </message>
    <message>
        <source>Suspended instances</source>
        <translation>Ausgesetzte Instanzen</translation>
    </message>
    <message>
        <source>Disabled instances</source>
        <translation>Deaktivierte Instanzen</translation>
    </message>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Since last visit</source>
        <translation>Seit dem letzten Besuch</translation>
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
        <translation>Instanzen aussetzen</translation>
    </message>
    <message>
        <source>Resume instances</source>
        <translation>Instanzen fortsetzen</translation>
    </message>
    <message>
        <source>Disable instances</source>
        <translation>Instanzen deaktivieren</translation>
    </message>
    <message>
        <source>Enable instances</source>
        <translation>Instanzen aktivieren</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspending switches off the instance&apos;s automation rules, webhook and app token in the customer&apos;s account. Either you or the customer can resume it.</source>
        <translation>Das Aussetzen schaltet die Automatisierungsregeln, den Webhook und das App-Token der Instanz im Konto des Kunden ab. Sowohl Sie als auch der Kunde können sie fortsetzen.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>Resuming switches the instance back on, unless the customer or you disabled it. The suspension comment is kept.</source>
        <translation>Das Fortsetzen schaltet die Instanz wieder ein, sofern der Kunde oder Sie sie nicht deaktiviert haben. Der Grund der Aussetzung bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Disabling is your switch as the provider: it stops the instance&apos;s automation rules, webhook and app token in the customer&apos;s account until you enable it again.</source>
        <translation>Das Deaktivieren ist Ihr Schalter als Anbieter: Es stoppt die Automatisierungsregeln, den Webhook und das App-Token der Instanz im Konto des Kunden, bis Sie sie wieder aktivieren.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Enabling turns your provider switch back on. The customer&apos;s own switch (enabled by customer) is theirs and is not changed.</source>
        <translation>Das Aktivieren schaltet Ihren Anbieterschalter wieder ein. Der eigene Schalter des Kunden (vom Kunden aktiviert) gehört dem Kunden und wird nicht geändert.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Instances: %1&lt;/b&gt;, of these customer accounts: %2</source>
        <translation>&lt;b&gt;Instanzen: %1&lt;/b&gt;, aus diesen Kundenkonten: %2</translation>
    </message>
    <message>
        <source>Suspension &amp;comment (the customer sees it):</source>
        <translation>&amp;Grund der Aussetzung (der Kunde sieht ihn):</translation>
    </message>
    <message>
        <source>What each instance would change (nothing has been sent yet):</source>
        <translation>Was sich je Instanz ändern würde (noch wurde nichts gesendet):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Changes to send: %1</source>
        <translation>Zu sendende Änderungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened to each instance:</source>
        <translation>Was mit jeder Instanz geschehen ist:</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>Suspend without a reason?</source>
        <translation>Ohne Begründung aussetzen?</translation>
    </message>
    <message>
        <source>The suspension comment is empty. The customer will see no reason for the suspension. Send it without one?</source>
        <translation>Der Grund der Aussetzung ist leer. Der Kunde sieht dann keinen Grund für die Aussetzung. Trotzdem ohne Begründung senden?</translation>
    </message>
    <message>
        <source>&amp;Send without a reason</source>
        <translation>Ohne Begründung &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Write a reason</source>
        <translation>&amp;Begründung schreiben</translation>
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
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>%1: already suspended with this comment: skipped</source>
        <translation>%1: bereits mit diesem Grund ausgesetzt: übersprungen</translation>
    </message>
    <message>
        <source>%1: not suspended: skipped</source>
        <translation>%1: nicht ausgesetzt: übersprungen</translation>
    </message>
    <message>
        <source>%1: already disabled: skipped</source>
        <translation>%1: bereits deaktiviert: übersprungen</translation>
    </message>
    <message>
        <source>%1: not disabled: skipped</source>
        <translation>%1: nicht deaktiviert: übersprungen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server answered %1 without a readable record, so whether the change was applied is not known. Refresh to see the instance.</source>
        <translation>Der Server hat %1 ohne lesbaren Datensatz geantwortet, daher ist nicht bekannt, ob die Änderung übernommen wurde. Aktualisieren Sie, um die Instanz zu sehen.</translation>
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
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pc::JournalModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>done (%1)</source>
        <translation>erledigt (%1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>pc::JournalView</name>
    <message>
        <source>Filter the journal (Ctrl+F or /)</source>
        <translation>Journal filtern (Strg+F oder /)</translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped</source>
        <translation>
            <numerusform>%n beschädigte Zeile übersprungen</numerusform>
            <numerusform>%n beschädigte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journaleintrag</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
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
        <translation>oder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Esc to close</source>
        <translation>Esc zum Schließen</translation>
    </message>
</context>
<context>
    <name>pc::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The system keychain was not used: this desktop session has no D-Bus session bus, and starting one could hang on a password prompt. Use the token for this session only, or log in to a desktop session with a keychain (such as GNOME Keyring or KWallet) and retry.</source>
        <translation>Der Schlüsselbund des Systems wurde nicht verwendet: Diese Desktop-Sitzung hat keinen D-Bus-Sitzungsbus, und einen zu starten könnte an einer Passwortabfrage hängen bleiben. Verwenden Sie das Token nur für diese Sitzung, oder melden Sie sich an einer Desktop-Sitzung mit Schlüsselbund an (etwa GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain service is running (there is no D-Bus session bus), so the token cannot be kept safely. Use the token for this session only, or start a keychain (such as GNOME Keyring or KWallet) and retry.</source>
        <translation>Es läuft kein Schlüsselbunddienst (es gibt keinen D-Bus-Sitzungsbus), daher kann das Token nicht sicher aufbewahrt werden. Verwenden Sie das Token nur für diese Sitzung, oder starten Sie einen Schlüsselbund (etwa GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
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
        <translation>An&amp;gebote</translation>
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
        <translation>A&amp;ktualisieren</translation>
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
        <translation>&lt;b&gt;Provider Console&lt;/b&gt; %1&lt;br&gt;Eine Desktop-Konsole für App-Anbieter auf 4me / Xurrent.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API rate limit</source>
        <translation>
            <numerusform>Warte %n s auf das Anfragelimit der API</numerusform>
            <numerusform>Warte %n s auf das Anfragelimit der API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer properly; trying again in %n s</source>
        <translation>
            <numerusform>Der Server hat nicht richtig geantwortet; neuer Versuch in %n s</numerusform>
            <numerusform>Der Server hat nicht richtig geantwortet; neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <source>&amp;Server filter…</source>
        <translation>Server&amp;filter…</translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>Laden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Sort by the current column</source>
        <translation>Nach der aktuellen Spalte s&amp;ortieren</translation>
    </message>
    <message>
        <source>Again reverses the order</source>
        <translation>Erneut kehrt die Reihenfolge um</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>Spalt&amp;en…</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <source>&amp;Open details</source>
        <translation>&amp;Details öffnen</translation>
    </message>
    <message>
        <source>&amp;Mark or unmark the row</source>
        <translation>Zeile &amp;markieren oder Markierung aufheben</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>Als JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>Show &amp;instances of this offering</source>
        <translation>&amp;Instanzen dieses Angebots anzeigen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Keyboard help</source>
        <translation>&amp;Tastaturhilfe</translation>
    </message>
    <message>
        <source>↑ ↓ PgUp PgDn Home End</source>
        <translation>↑ ↓ Bild↑ Bild↓ Pos1 Ende</translation>
    </message>
    <message>
        <source>Move through the rows (End loads more)</source>
        <translation>Durch die Zeilen gehen (Ende lädt mehr)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Shift+↑ / Shift+↓, Ctrl+A</source>
        <translation>Umschalt+↑ / Umschalt+↓, Strg+A</translation>
    </message>
    <message>
        <source>Select rows</source>
        <translation>Zeilen auswählen</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>Klick auf einen Spaltenkopf</translation>
    </message>
    <message>
        <source>Sort by it (by the server where it can)</source>
        <translation>Danach sortieren (durch den Server, wo er kann)</translation>
    </message>
    <message>
        <source>Right-click a column header</source>
        <translation>Rechtsklick auf einen Spaltenkopf</translation>
    </message>
    <message>
        <source>Show, hide or reorder columns</source>
        <translation>Spalten ein-, ausblenden oder umordnen</translation>
    </message>
    <message>
        <source>Quick filter, from the table</source>
        <translation>Schnellfilter, aus der Tabelle</translation>
    </message>
    <message>
        <source>This help, from the table</source>
        <translation>Diese Hilfe, aus der Tabelle</translation>
    </message>
    <message>
        <source>Keys in Offerings</source>
        <translation>Tasten in Angebote</translation>
    </message>
    <message>
        <source>Keys in Instances</source>
        <translation>Tasten in Instanzen</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>I&amp;nstance</source>
        <translation>I&amp;nstanz</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Aussetzen…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>Akti&amp;vieren…</translation>
    </message>
    <message>
        <source>Select the instances first (Space marks rows, Ctrl+A selects all).</source>
        <translation>Wählen Sie zuerst die Instanzen aus (die Leertaste markiert Zeilen, Strg+A wählt alle aus).</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Keys in the Journal</source>
        <translation>Tasten im Journal</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Profil &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Connect to another account…</source>
        <translation>Mit anderem &amp;Konto verbinden…</translation>
    </message>
    <message>
        <source>Enter a new API &amp;token…</source>
        <translation>Neues API-&amp;Token eingeben…</translation>
    </message>
    <message>
        <source>&amp;New offering…</source>
        <translation>&amp;Neues Angebot…</translation>
    </message>
    <message>
        <source>&amp;Edit offering…</source>
        <translation>Angebot &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Review changes before saving</source>
        <translation>Änderungen vor dem Speichern &amp;prüfen</translation>
    </message>
    <message>
        <source>This profile is read-only: nothing can be changed from it.</source>
        <translation>Dieses Profil ist schreibgeschützt: Darüber kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>The environment this window works on</source>
        <translation>Die Umgebung, mit der dieses Fenster arbeitet</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>F2 edits an offering: go to Offerings (Ctrl+1) first.</source>
        <translation>F2 bearbeitet ein Angebot: Wechseln Sie zuerst zu Angebote (Strg+1).</translation>
    </message>
    <message>
        <source>Choose an offering to edit first.</source>
        <translation>Wählen Sie zuerst ein Angebot zum Bearbeiten aus.</translation>
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
    <message>
        <source>Overvie&amp;w</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Übe&amp;rsicht</translation>
    </message>
    <message>
        <source>Overview as &amp;tables</source>
        <translation>Übersicht als &amp;Tabellen</translation>
    </message>
    <message>
        <source>The overview&apos;s numbers as tables, for a screen reader or to copy</source>
        <translation>Die Zahlen der Übersicht als Tabellen, für einen Screenreader oder zum Kopieren</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>From figure to chart to list</source>
        <translation>Von Kennzahl zu Diagramm zu Liste</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>← → ↑ ↓, Home, End</source>
        <translation>← → ↑ ↓, Pos1, Ende</translation>
    </message>
    <message>
        <source>Along a chart&apos;s bars; the value is shown below it</source>
        <translation>Entlang der Balken eines Diagramms; der Wert wird darunter angezeigt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the rows a figure, bar or line counts (Esc comes back)</source>
        <translation>Die Zeilen öffnen, die eine Kennzahl, ein Balken oder eine Linie zählt (Esc kehrt zurück)</translation>
    </message>
    <message>
        <source>Keys in the Overview</source>
        <translation>Tasten in der Übersicht</translation>
    </message>
    <message>
        <source>Instance #%1 is not among the rows loaded.</source>
        <translation>Instanz #%1 ist nicht unter den geladenen Zeilen.</translation>
    </message>
    <message>
        <source>Offering #%1 is not among the rows loaded.</source>
        <translation>Angebot #%1 ist nicht unter den geladenen Zeilen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Automatisch synchronisieren</translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically</source>
        <translation>A&amp;utomatisch synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Only when asked (Sync now)</source>
        <translation>&amp;Nur auf Anfrage (Jetzt synchronisieren)</translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation>Alle &amp;5 Minuten</translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation>Alle &amp;15 Minuten</translation>
    </message>
    <message>
        <source>Every &amp;30 minutes</source>
        <translation>Alle &amp;30 Minuten</translation>
    </message>
    <message>
        <source>Every &amp;hour</source>
        <translation>&amp;Stündlich</translation>
    </message>
    <message>
        <source>“%1” works in Offerings (Ctrl+1) and Instances (Ctrl+2): go to one of them first.</source>
        <translation>„%1“ gilt für die Bereiche Angebote (Strg+1) und Instanzen (Strg+2): Wechseln Sie zuerst zu einem davon.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Stops the export; no file is written</source>
        <translation>Hält den Export an; es wird keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Export abbre&amp;chen</translation>
    </message>
</context>
<context>
    <name>pc::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>Speicher (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>simulated failure</source>
        <translation>simulierter Fehler</translation>
    </message>
</context>
<context>
    <name>pc::OfferingBarsModel</name>
    <message>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>pc::OfferingFields</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Template: %1&lt;br&gt;For the account %2: %3</source>
        <translation>Vorlage: %1&lt;br&gt;Für das Konto %2: %3</translation>
    </message>
    <message>
        <source>No {account} in it: every customer account gets the same URL.</source>
        <translation>Kein {account} enthalten: Jedes Kundenkonto erhält dieselbe URL.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Follows the name until you edit it.</source>
        <translation>Folgt dem Namen, bis Sie sie bearbeiten.</translation>
    </message>
    <message>
        <source>⚠ Once the offering is published the reference can no longer change.</source>
        <translation>⚠ Sobald das Angebot veröffentlicht ist, kann die Referenz nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Choose an algorithm…</source>
        <translation>Algorithmus auswählen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Disabled for new installations</source>
        <translation>Für neue Installationen deaktiviert</translation>
    </message>
    <message>
        <source>minutes, e.g. 15 or 1:30</source>
        <translation>Minuten, z. B. 15 oder 1:30</translation>
    </message>
</context>
<context>
    <name>pc::OfferingForm</name>
    <message>
        <source>Waiting %1 s for the API rate limit before saving…</source>
        <translation>Warte %1 s auf das Anfragelimit der API, bevor gespeichert wird…</translation>
    </message>
    <message>
        <source>The server did not answer properly; trying again in %1 s…</source>
        <translation>Der Server hat nicht richtig geantwortet; neuer Versuch in %1 s…</translation>
    </message>
    <message>
        <source>Restored from a draft saved before the console last stopped. Nothing of it has been sent yet.</source>
        <translation>Aus einem Entwurf wiederhergestellt, der gespeichert wurde, bevor die Konsole zuletzt beendet wurde. Davon wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation>Speichern abbrechen</translation>
    </message>
    <message>
        <source>Stop the save; what the server already received may still be applied</source>
        <translation>Das Speichern abbrechen; was der Server schon erhalten hat, kann trotzdem übernommen werden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc); asks when there are unsaved changes</source>
        <translation>Schließen (Esc); fragt nach, wenn es ungespeicherte Änderungen gibt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Loading offering %1…</source>
        <translation>Angebot %1 wird geladen…</translation>
    </message>
    <message>
        <source>The offering could not be loaded: %1</source>
        <translation>Das Angebot konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>A new offering: it is created when you save (Ctrl+S).</source>
        <translation>Ein neues Angebot: Es wird beim Speichern angelegt (Strg+S).</translation>
    </message>
    <message>
        <source>ID %1 · created %2 · updated %3 · attachments: %4</source>
        <translation>ID %1 · erstellt %2 · aktualisiert %3 · Anhänge: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Fields to fix before saving: %1</source>
        <translation>Vor dem Speichern zu korrigierende Felder: %1</translation>
    </message>
    <message>
        <source>Unsaved changes: %1 · Ctrl+S saves</source>
        <translation>Ungespeicherte Änderungen: %1 · Strg+S speichert</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>Keine ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>New offering</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Offering %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>Offering: %1</source>
        <translation>Angebot: %1</translation>
    </message>
    <message>
        <source> — Provider Console</source>
        <translation> — Provider Console</translation>
    </message>
    <message>
        <source>Nothing to save: no field has changed.</source>
        <translation>Nichts zu speichern: Kein Feld wurde geändert.</translation>
    </message>
    <message>
        <source>Looking for an offering with the reference %1 before creating it again…</source>
        <translation>Vor dem erneuten Anlegen wird nach einem Angebot mit der Referenz %1 gesucht…</translation>
    </message>
    <message>
        <source>Whether the offering was created is still unknown: %1
Retry looks again.</source>
        <translation>Ob das Angebot angelegt wurde, ist noch unbekannt: %1
Erneut versuchen sucht noch einmal.</translation>
    </message>
    <message>
        <source>The offering had been created after all (ID %1); this form now edits it.</source>
        <translation>Das Angebot war doch angelegt worden (ID %1); dieses Formular bearbeitet es jetzt.</translation>
    </message>
    <message>
        <source>Creating the offering…</source>
        <translation>Das Angebot wird angelegt…</translation>
    </message>
    <message>
        <source>Checking for other changes, then saving…</source>
        <translation>Andere Änderungen werden geprüft, dann wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Gespeichert um %1.</translation>
    </message>
    <message>
        <source>The server did not accept the offering; nothing was saved.</source>
        <translation>Der Server hat das Angebot nicht akzeptiert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>See the messages at the fields.</source>
        <translation>Siehe die Meldungen an den Feldern.</translation>
    </message>
    <message>
        <source>The answer to the create request was lost: %1
The offering may or may not exist now. Retry first looks for it by its reference and creates it only if it is not there.</source>
        <translation>Die Antwort auf die Anfrage zum Anlegen ging verloren: %1
Das Angebot existiert jetzt vielleicht, vielleicht auch nicht. Erneut versuchen sucht es zuerst über seine Referenz und legt es nur an, wenn es nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>Your changes are still here; saving again checks the server&apos;s version first.</source>
        <translation>Ihre Änderungen sind noch da; erneutes Speichern prüft zuerst die Version des Servers.</translation>
    </message>
    <message>
        <source>The save did not complete: %1
Your changes are kept; Retry checks the server&apos;s version first, so nothing is sent twice.</source>
        <translation>Das Speichern wurde nicht abgeschlossen: %1
Ihre Änderungen bleiben erhalten; Erneut versuchen prüft zuerst die Version des Servers, damit nichts doppelt gesendet wird.</translation>
    </message>
    <message>
        <source>%1
Your values are kept; Retry compares them with the server&apos;s version first, so nothing is overwritten.</source>
        <translation>%1
Ihre Werte bleiben erhalten; Erneut versuchen vergleicht sie zuerst mit der Version des Servers, damit nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>Not saved: %1
Your changes are kept; Retry sends them again.</source>
        <translation>Nicht gespeichert: %1
Ihre Änderungen bleiben erhalten; Erneut versuchen sendet sie noch einmal.</translation>
    </message>
    <message>
        <source>Already saved: the server has these values.</source>
        <translation>Bereits gespeichert: Der Server hat diese Werte.</translation>
    </message>
    <message>
        <source>Merged with the server&apos;s version; fix the marked fields, then save.</source>
        <translation>Mit der Version des Servers zusammengeführt; korrigieren Sie die markierten Felder und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Now showing the server&apos;s version; there is nothing left to save.</source>
        <translation>Jetzt wird die Version des Servers angezeigt; es gibt nichts mehr zu speichern.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this offering. Save again to compare and choose.</source>
        <translation>Nicht gespeichert: Jemand anderes hat dieses Angebot geändert. Speichern Sie erneut, um zu vergleichen und auszuwählen.</translation>
    </message>
    <message>
        <source>⚠ The draft could not be written to disk: %1</source>
        <translation>⚠ Der Entwurf konnte nicht auf die Festplatte geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Saving… the form closes when the server has answered.</source>
        <translation>Wird gespeichert… Das Formular schließt sich, sobald der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the form.</source>
        <translation>Speichern Sie sie, verwerfen Sie sie, oder kehren Sie zum Formular zurück.</translation>
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
        <translation>Ungespeicherte Angebotsformulare aus einer früheren Sitzung: %1. Davon wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Wiede&amp;rherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>The drafts were discarded.</source>
        <translation>Die Entwürfe wurden verworfen.</translation>
    </message>
    <message>
        <source>An offering is being saved; close again when its answer has arrived.</source>
        <translation>Ein Angebot wird gerade gespeichert; schließen Sie erneut, wenn seine Antwort angekommen ist.</translation>
    </message>
    <message>
        <source>Unsaved offering forms</source>
        <translation>Ungespeicherte Angebotsformulare</translation>
    </message>
    <message>
        <source>Offering forms with unsaved changes: %1.</source>
        <translation>Angebotsformulare mit ungespeicherten Änderungen: %1.</translation>
    </message>
    <message>
        <source>Quit and keep them as drafts (offered back at the next start), discard them, or go back to them.</source>
        <translation>Beenden und sie als Entwürfe behalten (beim nächsten Start wieder angeboten), sie verwerfen oder zu ihnen zurückkehren.</translation>
    </message>
    <message>
        <source>&amp;Keep as drafts and quit</source>
        <translation>Als &amp;Entwürfe behalten und beenden</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Verwerfen und beenden</translation>
    </message>
</context>
<context>
    <name>pc::OfferingSave</name>
    <message>
        <source>Saving was cancelled before anything was sent.</source>
        <translation>Das Speichern wurde abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>The server&apos;s current version of the offering could not be read, so nothing was sent. Retry checks again.</source>
        <translation>Die aktuelle Version des Angebots auf dem Server konnte nicht gelesen werden, daher wurde nichts gesendet. Erneut versuchen prüft noch einmal.</translation>
    </message>
    <message>
        <source>The API rate limit was reached again and again: this save waited %1 s, as long as it may, and nothing was changed. Try again after %2.</source>
        <translation>Das Anfragelimit der API wurde immer wieder erreicht: Dieses Speichern hat %1 s gewartet, so lange es darf, und nichts wurde geändert. Versuchen Sie es nach %2 erneut.</translation>
    </message>
    <message>
        <source>Saving was cancelled while the request was on its way: the server may or may not have applied it.</source>
        <translation>Das Speichern wurde abgebrochen, während die Anfrage unterwegs war: Der Server hat sie vielleicht übernommen, vielleicht auch nicht.</translation>
    </message>
    <message>
        <source>The server answered %1 but did not send back a readable offering, so whether the save was applied is not known. Refresh to see what it holds before saving again.</source>
        <translation>Der Server hat %1 geantwortet, aber kein lesbares Angebot zurückgesendet, daher ist nicht bekannt, ob das Speichern übernommen wurde. Aktualisieren Sie, um zu sehen, was er hat, bevor Sie erneut speichern.</translation>
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
        <translation>Quell-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (whether it is a draft is not known yet)</source>
        <translation>%1 (ob es ein Entwurf ist, ist noch nicht bekannt)</translation>
    </message>
</context>
<context>
    <name>pc::OverviewArea</name>
    <message>
        <source>&amp;Complete it</source>
        <translation>&amp;Vervollständigen</translation>
    </message>
    <message>
        <source>Loads the rows the overview lacks (Load all), or syncs the local copy</source>
        <translation>Lädt die Zeilen, die der Übersicht fehlen (Alle laden), oder synchronisiert die lokale Kopie</translation>
    </message>
    <message>
        <source>As &amp;tables (T)</source>
        <translation>Als &amp;Tabellen (T)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>The overview as PNG or SVG, the numbers as CSV</source>
        <translation>Die Übersicht als PNG oder SVG, die Zahlen als CSV</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Installs per offering, by state</source>
        <translation>Installationen pro Angebot, nach Status</translation>
    </message>
    <message>
        <source>Adoption of</source>
        <translation>Verbreitung von</translation>
    </message>
    <message>
        <source>Adoption over</source>
        <translation>Zeitraum der Verbreitung</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Ado&amp;ption of</source>
        <translation>Verb&amp;reitung von</translation>
    </message>
    <message>
        <source>Adoption over time: installs per month and the running total</source>
        <translation>Verbreitung im Zeitverlauf: Installationen pro Monat und die laufende Summe</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Adoption over time</source>
        <translation>Verbreitung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Since your last visit</source>
        <translation>Seit Ihrem letzten Besuch</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>Als gesehen &amp;markieren</translation>
    </message>
    <message>
        <source>What is shown now becomes your last visit</source>
        <translation>Was jetzt angezeigt wird, gilt als Ihr letzter Besuch</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Based on the rows counted before the instances were narrowed down; back here they are counted again.</source>
        <translation>Basiert auf den Zeilen, die gezählt wurden, bevor die Instanzen eingegrenzt wurden; wenn Sie hierher zurückkehren, werden sie neu gezählt.</translation>
    </message>
    <message>
        <source>%1 of %2 instances loaded</source>
        <translation>%1 von %2 Instanzen geladen</translation>
    </message>
    <message>
        <source>%1 instances loaded</source>
        <translation>%1 Instanzen geladen</translation>
    </message>
    <message>
        <source>Based on what is loaded so far (%1); the local copy&apos;s first sync is running.</source>
        <translation>Basiert auf dem bisher Geladenen (%1); die erste Synchronisierung der lokalen Kopie läuft.</translation>
    </message>
    <message>
        <source>Based on what is loaded so far: %1. Complete it to count them all.</source>
        <translation>Basiert auf dem bisher Geladenen: %1. Vervollständigen Sie es, um alle zu zählen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s) and %1 instances</source>
        <translation>
            <numerusform>%Ln Angebot und %1 Instanzen</numerusform>
            <numerusform>%Ln Angebote und %1 Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on the local copy: every one of the %1.</source>
        <translation>Basiert auf der lokalen Kopie, vollständig: %1.</translation>
    </message>
    <message>
        <source>Based on every one of the %1, loaded from the API.</source>
        <translation>Basiert auf dem vollständigen Bestand, aus der API geladen: %1.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2: %3 von %4</translation>
    </message>
    <message>
        <source> (the table view, T, lists each offering)</source>
        <translation> (die Tabellenansicht, T, listet jedes Angebot auf)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln install(s), %2 in all</source>
        <translation>
            <numerusform>%1: %Ln Installation, %2 insgesamt</numerusform>
            <numerusform>%1: %Ln Installationen, %2 insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>All offerings</source>
        <translation>Alle Angebote</translation>
    </message>
    <message numerus="yes">
        <source>Since your last visit (%1): %Ln change(s)</source>
        <translation>
            <numerusform>Seit Ihrem letzten Besuch (%1): %Ln Änderung</numerusform>
            <numerusform>Seit Ihrem letzten Besuch (%1): %Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Since your last visit: this is the first; changes show from the next one</source>
        <translation>Seit Ihrem letzten Besuch: Dies ist Ihr erster; Änderungen erscheinen ab dem nächsten</translation>
    </message>
    <message>
        <source>Provider Console overview</source>
        <translation>Übersicht der Provider Console</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>The numbers as CSV (*.csv)</source>
        <translation>Die Zahlen als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Übersicht exportieren</translation>
    </message>
    <message>
        <source>Exported the overview to %1</source>
        <translation>Die Übersicht wurde nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>the %n other offering(s)</source>
        <translation>
            <numerusform>dem %n anderen App-Angebot</numerusform>
            <numerusform>den %n anderen App-Angeboten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::PagedTableModel</name>
    <message>
        <source>%1 (API field %2; the server sorts by it)</source>
        <translation>%1 (API-Feld %2; der Server sortiert danach)</translation>
    </message>
    <message>
        <source>%1 (API field %2)</source>
        <translation>%1 (API-Feld %2)</translation>
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
        <translation>Die Antwort des Servers enthielt einen Datensatz ohne ID, daher konnte die Sammlung nicht in ID-Bereiche aufgeteilt werden.</translation>
    </message>
</context>
<context>
    <name>pc::PicturePreview</name>
    <message>
        <source>The data URL is not a picture this console can show.</source>
        <translation>Die Data-URL ist kein Bild, das diese Konsole anzeigen kann.</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Das Bild wird geladen…</translation>
    </message>
    <message>
        <source>No preview: the picture is larger than 2 MB or was replaced.</source>
        <translation>Keine Vorschau: Das Bild ist größer als 2 MB oder wurde ersetzt.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>No preview: the link does not give a picture.</source>
        <translation>Keine Vorschau: Der Link liefert kein Bild.</translation>
    </message>
</context>
<context>
    <name>pc::ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden. Prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>pc::RecordBanners</name>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading all…</source>
        <translation>Alle werden geladen…</translation>
    </message>
    <message>
        <source>The server caps this collection at 100,000 records; narrow it with a filter to see the rest.</source>
        <translation>Der Server liefert von dieser Sammlung höchstens 100.000 Datensätze; schränken Sie sie mit einem Filter ein, um den Rest zu sehen.</translation>
    </message>
    <message>
        <source>Instances of %1: the server cannot list them directly, so they are picked from the loaded instances.</source>
        <translation>Instanzen von %1: Der Server kann sie nicht direkt auflisten, daher werden sie aus den geladenen Instanzen herausgesucht.</translation>
    </message>
    <message>
        <source>Instances of %1.</source>
        <translation>Instanzen von %1.</translation>
    </message>
    <message>
        <source>Sorted locally by %1.</source>
        <translation>Lokal sortiert nach %1.</translation>
    </message>
    <message>
        <source>Loading all: %1 of %2, paced to the API&apos;s limit of %3 requests per %4 s</source>
        <translation>Alle laden: %1 von %2, im Takt des API-Limits von %3 Anfragen pro %4 s</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API rate limit…</source>
        <translation>
            <numerusform>Warte %n s auf das Anfragelimit der API…</numerusform>
            <numerusform>Warte %n s auf das Anfragelimit der API…</numerusform>
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
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>All offerings</source>
        <translation>Alle Angebote</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Published, incl. trusted accounts</source>
        <translation>Veröffentlicht, inkl. vertrauenswürdiger Konten</translation>
    </message>
    <message>
        <source>Installed here</source>
        <translation>Hier installiert</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Predefined filter, applied by the server</source>
        <translation>Vordefinierter Filter, vom Server angewendet</translation>
    </message>
    <message>
        <source>Filter loaded rows (Ctrl+F or /)</source>
        <translation>Geladene Zeilen filtern (Strg+F oder /)</translation>
    </message>
    <message>
        <source>S&amp;erver filter…</source>
        <translation>S&amp;erverfilter…</translation>
    </message>
    <message>
        <source>Conditions the server applies (Ctrl+Shift+F)</source>
        <translation>Bedingungen, die der Server anwendet (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Load every page (Ctrl+Shift+A)</source>
        <translation>Alle Seiten laden (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Filters the loaded rows; the API cannot filter on this</source>
        <translation>Filtert die geladenen Zeilen; die API kann danach nicht filtern</translation>
    </message>
    <message>
        <source>Server filter:</source>
        <translation>Serverfilter:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>after / above</source>
        <translation>nach / über</translation>
    </message>
    <message>
        <source>before / below</source>
        <translation>vor / unter</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>ist vorhanden</translation>
    </message>
    <message>
        <source>value, e.g. 2024-01-31 or true</source>
        <translation>Wert, z. B. 2024-01-31 oder true</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation>%1 ist vorhanden</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 vor %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation>keine Bedingungen</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
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
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State: any</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source>%1 on or after %2</source>
        <translation>%1 am oder nach %2</translation>
    </message>
    <message>
        <source>%1 on or before %2</source>
        <translation>%1 am oder vor %2</translation>
    </message>
</context>
<context>
    <name>pc::RecordForm</name>
    <message>
        <source>Offering #%1</source>
        <translation>Angebot #%1</translation>
    </message>
    <message>
        <source>App offering #%1</source>
        <translation>App-Angebot #%1</translation>
    </message>
    <message>
        <source>Instance #%1</source>
        <translation>Instanz #%1</translation>
    </message>
    <message>
        <source>Instance #%1 — %2</source>
        <translation>Instanz #%1 — %2</translation>
    </message>
    <message>
        <source>App instance</source>
        <translation>App-Instanz</translation>
    </message>
    <message>
        <source>App instance of %1</source>
        <translation>App-Instanz von %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>The identifier that stays the same across versions of the offering.</source>
        <translation>Die Kennung, die über die Versionen des Angebots hinweg gleich bleibt.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>The provider&apos;s switch: new customers cannot install a disabled offering; customers who have it installed can still update.</source>
        <translation>Der Schalter des Anbieters: Neue Kunden können ein deaktiviertes Angebot nicht installieren; Kunden, die es installiert haben, können es weiterhin aktualisieren.</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service-Instanz</translation>
    </message>
    <message>
        <source>Requests about this offering are registered for this service instance.</source>
        <translation>Anfragen zu diesem Angebot werden für diese Service-Instanz erfasst.</translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation>UI-Erweiterungsversion</translation>
    </message>
    <message>
        <source>Shown to customers on the Configuration tab of the app.</source>
        <translation>Wird Kunden auf der Registerkarte „Konfiguration“ der App angezeigt.</translation>
    </message>
    <message>
        <source>RSA using SHA-256</source>
        <translation>RSA mit SHA-256</translation>
    </message>
    <message>
        <source>RSA using SHA-384</source>
        <translation>RSA mit SHA-384</translation>
    </message>
    <message>
        <source>RSA using SHA-512</source>
        <translation>RSA mit SHA-512</translation>
    </message>
    <message>
        <source>ECDSA using P-256 and SHA-256</source>
        <translation>ECDSA mit P-256 und SHA-256</translation>
    </message>
    <message>
        <source>ECDSA using P-384 and SHA-384</source>
        <translation>ECDSA mit P-384 und SHA-384</translation>
    </message>
    <message>
        <source>ECDSA using P-521 and SHA-512</source>
        <translation>ECDSA mit P-521 und SHA-512</translation>
    </message>
    <message>
        <source>JWT algorithm</source>
        <translation>JWT-Algorithmus</translation>
    </message>
    <message>
        <source>Signs the policy sent to the app&apos;s webhook.</source>
        <translation>Signiert die Richtlinie, die an den Webhook der App gesendet wird.</translation>
    </message>
    <message>
        <source>JWT audience</source>
        <translation>JWT-Audience</translation>
    </message>
    <message>
        <source>Claim expires in</source>
        <translation>Claim läuft ab nach</translation>
    </message>
    <message>
        <source>The API sends a whole number (%1); 4me durations are in minutes.</source>
        <translation>Die API sendet eine ganze Zahl (%1); Zeitdauern in 4me sind in Minuten.</translation>
    </message>
    <message>
        <source>Webhook URI template</source>
        <translation>Webhook-URI-Vorlage</translation>
    </message>
    <message>
        <source>{account} is replaced by the customer&apos;s account id.</source>
        <translation>{account} wird durch die Konto-ID des Kunden ersetzt.</translation>
    </message>
    <message>
        <source>Configuration URI template</source>
        <translation>Konfigurations-URI-Vorlage</translation>
    </message>
    <message>
        <source>Card description</source>
        <translation>Kartenbeschreibung</translation>
    </message>
    <message>
        <source>Picture URI</source>
        <translation>Bild-URI</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Quell-ID</translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation>Node-ID</translation>
    </message>
    <message>
        <source>The record&apos;s id in the GraphQL API.</source>
        <translation>Die ID des Datensatzes in der GraphQL-API.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Texts shown to customers</source>
        <translation>Texte für Kunden</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
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
        <source>Sent as &quot;integration&quot;, the field&apos;s name on the older API.</source>
        <translation>Als „integration“ gesendet, dem Namen des Felds in der älteren API.</translation>
    </message>
    <message>
        <source>Enabled by customer</source>
        <translation>Vom Kunden aktiviert</translation>
    </message>
    <message>
        <source>The customer&apos;s switch: whether the customer allows the app to work in their account. Only the customer can change it.</source>
        <translation>Der Schalter des Kunden: ob der Kunde die App in seinem Konto arbeiten lässt. Nur der Kunde kann ihn ändern.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Either party can suspend the instance, and either may lift the suspension. While suspended, its automation rules, webhook and app token are off.</source>
        <translation>Beide Seiten können die Instanz aussetzen, und jede kann die Aussetzung aufheben. Solange sie ausgesetzt ist, sind ihre Automatisierungsregeln, ihr Webhook und ihr App-Token abgeschaltet.</translation>
    </message>
    <message>
        <source>Suspension comment</source>
        <translation>Grund der Aussetzung</translation>
    </message>
    <message>
        <source>The provider&apos;s switch: while set, the instance&apos;s automation rules, webhook and app token are off in the customer&apos;s account.</source>
        <translation>Der Schalter des Anbieters: Solange er gesetzt ist, sind die Automatisierungsregeln, der Webhook und das App-Token der Instanz im Konto des Kunden abgeschaltet.</translation>
    </message>
    <message>
        <source>Customer representative</source>
        <translation>Kundenvertreter</translation>
    </message>
    <message>
        <source>The customer&apos;s contact person for this instance.</source>
        <translation>Die Kontaktperson des Kunden für diese Instanz.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook policy</source>
        <translation>Webhook-Richtlinie</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>API field: %1</source>
        <translation>API-Feld: %1</translation>
    </message>
    <message>
        <source>A data URL of %1; Copy JSON gives it in full.</source>
        <translation>Eine Data-URL von %1; JSON kopieren liefert sie vollständig.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Not in the server&apos;s answer</source>
        <translation>Nicht in der Antwort des Servers</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
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
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a record.</source>
        <translation>Die Antwort des Servers war kein Datensatz.</translation>
    </message>
    <message>
        <source>Loading offerings…</source>
        <translation>Angebote werden geladen…</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>Instanzen werden geladen…</translation>
    </message>
    <message>
        <source>No loaded offerings match the filter</source>
        <translation>Keine geladenen Angebote passen zum Filter</translation>
    </message>
    <message>
        <source>No offerings match</source>
        <translation>Keine passenden Angebote</translation>
    </message>
    <message>
        <source>No loaded instances match the filter</source>
        <translation>Keine geladenen Instanzen passen zum Filter</translation>
    </message>
    <message>
        <source>No instances match</source>
        <translation>Keine passenden Instanzen</translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation>Treffer: %1</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
</context>
<context>
    <name>pc::ReferencePicker</name>
    <message>
        <source>Choose… (F4)</source>
        <translation>Auswählen… (F4)</translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation>UI-Erweiterungsversion</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service-Instanz</translation>
    </message>
    <message>
        <source>F4, Space or Enter opens the list; Delete clears the field</source>
        <translation>F4, Leertaste oder Enter öffnet die Liste; Entf leert das Feld</translation>
    </message>
    <message>
        <source>F4, Space or Enter opens the list</source>
        <translation>F4, Leertaste oder Enter öffnet die Liste</translation>
    </message>
    <message>
        <source>Choose from the list (F4)</source>
        <translation>Aus der Liste auswählen (F4)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the field (Delete)</source>
        <translation>Das Feld leeren (Entf)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Choose a UI extension version</source>
        <translation>UI-Erweiterungsversion auswählen</translation>
    </message>
    <message>
        <source>Choose a service instance</source>
        <translation>Service-Instanz auswählen</translation>
    </message>
    <message>
        <source>Filter by name, version or ID (#123)</source>
        <translation>Nach Name, Version oder ID filtern (#123)</translation>
    </message>
    <message>
        <source>Filter by name or ID (#123)</source>
        <translation>Nach Name oder ID filtern (#123)</translation>
    </message>
    <message>
        <source>Filter UI extension versions</source>
        <translation>UI-Erweiterungsversionen filtern</translation>
    </message>
    <message>
        <source>Filter service instances</source>
        <translation>Service-Instanzen filtern</translation>
    </message>
    <message>
        <source>UI extension versions</source>
        <translation>UI-Erweiterungsversionen</translation>
    </message>
    <message>
        <source>Service instances</source>
        <translation>Service-Instanzen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Ask again for the page that failed (F5)</source>
        <translation>Die fehlgeschlagene Seite erneut anfordern (F5)</translation>
    </message>
    <message>
        <source>Searching every page…</source>
        <translation>Alle Seiten werden durchsucht…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API</source>
        <comment>reference chooser: rate limit or retry</comment>
        <translation>
            <numerusform>Warte %n s auf die API</numerusform>
            <numerusform>Warte %n s auf die API</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to choose from</source>
        <translation>Keine Auswahl verfügbar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>Esc closes</source>
        <translation>Esc schließt</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator between the parts of the reference chooser&apos;s status line</comment>
        <translation> · </translation>
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
        <translation>Die Änderungen vor jedem Speichern prüfen</translation>
    </message>
    <message>
        <source>Create this offering?</source>
        <translation>Dieses Angebot anlegen?</translation>
    </message>
    <message>
        <source>Save these changes?</source>
        <translation>Diese Änderungen speichern?</translation>
    </message>
    <message>
        <source>A new offering is created with these values (POST):</source>
        <translation>Ein neues Angebot wird mit diesen Werten angelegt (POST):</translation>
    </message>
    <message>
        <source>Only these fields are sent (PATCH); everything else stays as the server has it:</source>
        <translation>Nur diese Felder werden gesendet (PATCH); alles andere bleibt, wie es auf dem Server ist:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Nach dem Speichern</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Send it over plain &amp;http anyway</source>
        <translation>Trotzdem über einfaches &amp;HTTP senden</translation>
    </message>
    <message>
        <source>⚠ %1: %2
%3</source>
        <translation>⚠ %1: %2
%3</translation>
    </message>
</context>
<context>
    <name>pc::SecretStore</name>
    <message>
        <source>No token is saved in %1 for %2.</source>
        <translation>%1 enthält kein Token für %2.</translation>
    </message>
    <message>
        <source>No keychain service is running, so the token cannot be kept safely. Use the token for this session only, or start a keychain (such as GNOME Keyring or KWallet) and retry.</source>
        <translation>Es läuft kein Schlüsselbunddienst, daher kann das Token nicht sicher aufbewahrt werden. Verwenden Sie das Token nur für diese Sitzung, oder starten Sie einen Schlüsselbund (etwa GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The token could not be used because %1 is locked or refused access. Unlock it and retry, or use the token for this session only.</source>
        <translation>Das Token konnte nicht verwendet werden, weil %1 gesperrt ist oder den Zugriff verweigert hat. Entsperren Sie ihn und versuchen Sie es erneut, oder verwenden Sie das Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (it may be locked or waiting for a password prompt). Unlock it and retry, or use the token for this session only.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet (vielleicht ist er gesperrt oder wartet auf eine Passwortabfrage). Entsperren Sie ihn und versuchen Sie es erneut, oder verwenden Sie das Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The token could not be read from %1.</source>
        <translation>Das Token konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The token could not be saved in %1.</source>
        <translation>Das Token konnte nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The token could not be removed from %1.</source>
        <translation>Das Token konnte nicht entfernt werden (%1).</translation>
    </message>
    <message>
        <source>%1 It reported: %2</source>
        <translation>%1 Meldung: %2</translation>
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
    <name>pc::TableExport</name>
    <message>
        <source>The table was closed before the export ended.</source>
        <translation>Die Tabelle wurde geschlossen, bevor der Export beendet war.</translation>
    </message>
</context>
<context>
    <name>pc::TokenDialog</name>
    <message>
        <source>Save to &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese Sit&amp;zung verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The API token was refused</source>
        <translation>Das API-Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server refused the API token of %1.&lt;/b&gt; It may have been revoked or may have expired. Paste a new one to go on: what stopped loading resumes where it stopped, and nothing loaded so far is lost.</source>
        <translation>&lt;b&gt;Der Server hat das API-Token von %1 abgelehnt.&lt;/b&gt; Vielleicht wurde es widerrufen oder ist abgelaufen. Fügen Sie ein neues ein, um weiterzumachen: Was beim Laden angehalten hat, macht dort weiter, wo es aufgehört hat, und nichts bisher Geladene geht verloren.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Changes that were refused are not sent again by themselves: use their Retry once the new token is in.</source>
        <translation>Abgelehnte Änderungen werden nicht von selbst erneut gesendet: Verwenden Sie deren „Erneut versuchen“, sobald das neue Token eingegeben ist.</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The token contains a line break or another control character: paste it again without them.</source>
        <translation>Das Token enthält einen Zeilenumbruch oder ein anderes Steuerzeichen: Fügen Sie es ohne diese erneut ein.</translation>
    </message>
</context>
<context>
    <name>pc::TokenRecovery</name>
    <message>
        <source>The API token stays refused. File → Enter a new API token… asks again.</source>
        <translation>Das API-Token wird weiterhin abgelehnt. Datei → Neues API-Token eingeben… fragt erneut.</translation>
    </message>
    <message>
        <source>The new API token is in use.</source>
        <translation>Das neue API-Token wird verwendet.</translation>
    </message>
</context>
<context>
    <name>pc::VisitChangesModel</name>
    <message>
        <source>Enter opens the record</source>
        <translation>Enter öffnet den Datensatz</translation>
    </message>
    <message>
        <source>The record is gone</source>
        <translation>Der Datensatz existiert nicht mehr</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>pc::WelcomeWidget</name>
    <message>
        <source>Provider Console</source>
        <translation>Provider Console</translation>
    </message>
    <message>
        <source>Manage your app offerings and their instances in 4me, from the keyboard.</source>
        <translation>Verwalten Sie Ihre App-Angebote und deren Instanzen in 4me, per Tastatur.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>the built-in sandbox, no account needed</source>
        <translation>die eingebaute Sandbox, kein Konto nötig</translation>
    </message>
    <message>
        <source>&amp;Connect to 4me</source>
        <translation>Mit 4me &amp;verbinden</translation>
    </message>
    <message>
        <source>your account and an API token</source>
        <translation>Ihr Konto und ein API-Token</translation>
    </message>
    <message>
        <source>Or open a &amp;profile:</source>
        <translation>Oder ein &amp;Profil öffnen:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>account %1 · %2</source>
        <translation>Konto %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
    <message>
        <source>The proxy password could not be read from the keychain: %1</source>
        <translation>Das Proxy-Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
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
