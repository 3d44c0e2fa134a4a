<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ActionJournal</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>Het logboek %1 kon niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2</source>
        <translation>Er kon niet naar het logboek %1 worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>AdoptionChart</name>
    <message>
        <source>Adoption over time</source>
        <translation>Adoptie in de tijd</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The API URL is empty. Enter it like https://api.xurrent.com/v1.</source>
        <translation>De API-URL is leeg. Vul hem in zoals https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Enter it like https://api.xurrent.com/v1.</source>
        <translation>„%1” is geen geldige URL. Vul hem in zoals https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>De API-URL moet met https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost); use https:// for %1 so the API token is never sent unencrypted.</source>
        <translation>Gewoon http:// mag alleen voor deze computer (localhost); gebruik https:// voor %1, zodat het API-token nooit onversleuteld wordt verstuurd.</translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password; the token is entered separately.</source>
        <translation>De API-URL mag geen gebruikersnaam of wachtwoord bevatten; het token vul je apart in.</translation>
    </message>
    <message>
        <source>The API URL must not contain a query (?…) or a fragment (#…).</source>
        <translation>De API-URL mag geen query (?…) of fragment (#…) bevatten.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server redirected to another host (%1). Nothing was sent there, to keep your API token safe.</source>
        <translation>De server stuurde door naar een andere host (%1). Daar is niets naartoe gestuurd, zodat je API-token veilig blijft.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>De server stuurde te vaak door.</translation>
    </message>
    <message>
        <source>The server sent an empty answer where data was expected.</source>
        <translation>De server stuurde een leeg antwoord waar gegevens werden verwacht.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it is not valid JSON (%1 at byte %2).</source>
        <translation>Het antwoord van de server kon niet worden gelezen: het is geen geldige JSON (%1 bij byte %2).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>De server antwoordde niet op tijd. Controleer je netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (%1). The request was not sent.</source>
        <translation>Er kon geen beveiligde verbinding met de server worden opgezet (%1). Het verzoek is niet verstuurd.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS). Check the API URL and your network connection.</source>
        <translation>De naam van de server is niet gevonden (DNS). Controleer de API-URL en je netwerkverbinding.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API URL, or whether the server is running.</source>
        <translation>De server weigerde de verbinding. Controleer de API-URL, of de server draait.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>De server verbrak de verbinding voordat het antwoord volledig was.</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy settings.</source>
        <translation>De proxy gaf een fout: %1. Controleer de proxy-instellingen.</translation>
    </message>
    <message>
        <source>The network request failed: %1.</source>
        <translation>Het netwerkverzoek is mislukt: %1.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server zei: %1</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (400).</source>
        <translation>De server wees het verzoek af als ongeldig (400).</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>De server wees het verzoek af: %1</translation>
    </message>
    <message>
        <source>The API token was not accepted for this account (401). It may be wrong, expired or revoked, or the account id may be wrong.</source>
        <translation>Het API-token is niet geaccepteerd voor dit account (401). Het is misschien onjuist, verlopen of ingetrokken, of de account-id klopt niet.</translation>
    </message>
    <message>
        <source>The token is valid but not allowed to do this (403). Check the token&apos;s scopes and your roles in the account.</source>
        <translation>Het token is geldig, maar mag dit niet doen (403). Controleer de bevoegdheden van het token en je rollen in het account.</translation>
    </message>
    <message>
        <source>The record or collection was not found (404). It may have been deleted, or the server does not offer it.</source>
        <translation>Het record of de verzameling is niet gevonden (404). Misschien is het verwijderd, of biedt de server het niet aan.</translation>
    </message>
    <message>
        <source>The server did not accept the values (422).</source>
        <translation>De server accepteerde de waarden niet (422).</translation>
    </message>
    <message>
        <source>The server did not accept the values: %1</source>
        <translation>De server accepteerde de waarden niet: %1</translation>
    </message>
    <message>
        <source>The API rate limit was reached and waiting longer was not allowed. Try again later.</source>
        <translation>De aanvraaglimiet van de API is bereikt en langer wachten was niet toegestaan. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>A gateway between you and the API failed (%1). This is usually temporary; try again shortly.</source>
        <translation>Een gateway tussen jou en de API gaf een fout (%1). Dat is meestal tijdelijk; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The API is temporarily unavailable (503). Try again shortly.</source>
        <translation>De API is tijdelijk niet beschikbaar (503). Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1). If it persists, contact 4me support.</source>
        <translation>De server had een interne fout (%1). Neem contact op met de support van 4me als het blijft gebeuren.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect (%1).</source>
        <translation>De server antwoordde met een onverwachte doorverwijzing (%1).</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>De server weigerde het verzoek (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a list of records.</source>
        <translation>Het antwoord van de server was geen lijst met records.</translation>
    </message>
    <message>
        <source>The server&apos;s next-page link points to another host (%1). Loading stopped and nothing was sent there, to keep your API token safe.</source>
        <translation>De link naar de volgende pagina wijst naar een andere host (%1). Het laden is gestopt en daar is niets naartoe gestuurd, zodat je API-token veilig blijft.</translation>
    </message>
    <message>
        <source>The server&apos;s next-page link points back to a page already loaded. Loading stopped to avoid an endless loop.</source>
        <translation>De link naar de volgende pagina wijst terug naar een pagina die al geladen is. Het laden is gestopt om een eindeloze lus te voorkomen.</translation>
    </message>
    <message>
        <source>The API token or account id contains a line break or another control character. Paste it again without them.</source>
        <translation>Het API-token of de account-id bevat een regeleinde of een ander stuurteken. Plak het opnieuw zonder.</translation>
    </message>
    <message>
        <source>The request for %1 was not sent: it is not on the API host, and your API token goes nowhere else.</source>
        <translation>Het verzoek voor %1 is niet verstuurd: het staat niet op de API-host, en je API-token gaat nergens anders heen.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) without a valid target.</source>
        <translation>De server antwoordde met een doorverwijzing (%1) zonder geldig doel.</translation>
    </message>
    <message>
        <source>The server answered the change with a redirect (%1); it was not sent again. Reload the record to see whether it was applied.</source>
        <translation>De server antwoordde op de wijziging met een doorverwijzing (%1); ze is niet opnieuw verstuurd. Laad het record opnieuw om te zien of ze is doorgevoerd.</translation>
    </message>
    <message>
        <source>The API rate limit was reached, and the server asks to wait %1 s, longer than this request may wait. Try again after %2.</source>
        <translation>De aanvraaglimiet van de API is bereikt en de server vraagt %1 s te wachten, langer dan dit verzoek mag wachten. Probeer het na %2 opnieuw.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not arrive, so the record may or may not have been created. Check the list before trying again.</source>
        <translation>Het antwoord van de server is niet aangekomen, dus het record is misschien wel of niet aangemaakt. Controleer de lijst voordat je het opnieuw probeert.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not arrive, so the change may or may not have been applied. Reload the record to see its state.</source>
        <translation>Het antwoord van de server is niet aangekomen, dus de wijziging is misschien wel of niet doorgevoerd. Laad het record opnieuw om de stand te zien.</translation>
    </message>
    <message>
        <source>Nothing was changed: this profile is read-only. Edit the profile to allow changes.</source>
        <translation>Er is niets gewijzigd: dit profiel is alleen-lezen. Bewerk het profiel om wijzigingen toe te staan.</translation>
    </message>
    <message>
        <source>The proxy refused the user name or password (407), or needs them. Check the proxy&apos;s user and password in the profile.</source>
        <translation>De proxy weigerde de gebruikersnaam of het wachtwoord (407), of vraagt erom. Controleer de gebruiker en het wachtwoord van de proxy in het profiel.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The drafts folder %1 could not be created.</source>
        <translation>De conceptenmap %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>Het concept kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>IndexDatabase</name>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The file %1 could not be made: %2</source>
        <translation>Het bestand %1 kon niet worden gemaakt: %2</translation>
    </message>
    <message>
        <source>The local copy was written by a newer version of the console (schema %1); this version reads schema %2 at most. It is left as it is.</source>
        <translation>De lokale kopie is geschreven door een nieuwere versie van de console (schema %1); deze versie leest hoogstens schema %2. Ze blijft zoals ze is.</translation>
    </message>
    <message>
        <source>the file failed SQLite&apos;s check (%1)</source>
        <translation>het bestand kwam niet door de controle van SQLite (%1)</translation>
    </message>
    <message>
        <source>The local copy %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>De lokale kopie %1 is niet leesbaar (%2) en kon niet opzij worden gezet.</translation>
    </message>
    <message>
        <source>The local copy of this connection&apos;s records could not be read (%1). It was moved aside to %2 and an empty one made; the next sync fills it again.</source>
        <translation>De lokale kopie van de records van deze verbinding was niet leesbaar (%1). Ze is opzij gezet als %2 en er is een lege gemaakt; de volgende synchronisatie vult die weer.</translation>
    </message>
    <message>
        <source>The local copy is not open.</source>
        <translation>De lokale kopie is niet geopend.</translation>
    </message>
    <message>
        <source>The server sent a record without a valid id or updated_at (%1); nothing of its page was stored.</source>
        <translation>De server stuurde een record zonder geldige id of updated_at (%1); niets van die pagina is opgeslagen.</translation>
    </message>
    <message>
        <source>The server sent a record that is not a JSON object; nothing of its page was stored.</source>
        <translation>De server stuurde een record dat geen JSON-object is; niets van die pagina is opgeslagen.</translation>
    </message>
    <message>
        <source>Another console (process %1 on %2) is bringing this local copy up to date; this one reads it meanwhile.</source>
        <translation>Een andere console (proces %1 op %2) werkt deze lokale kopie bij; deze leest haar intussen.</translation>
    </message>
    <message>
        <source>The local copy %1 could not be removed.</source>
        <translation>De lokale kopie %1 kon niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>OfferingChart</name>
    <message>
        <source>Installs per offering</source>
        <translation>Installaties per aanbieding</translation>
    </message>
</context>
<context>
    <name>OfferingEdit</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
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
        <translation>Verplicht, hoogstens 128 tekens.</translation>
    </message>
    <message>
        <source>Required, at most 161 characters, unique across all accounts. It can no longer change once the offering is published.</source>
        <translation>Verplicht, hoogstens 161 tekens, uniek over alle accounts. Kan niet meer veranderen zodra de aanbieding is gepubliceerd.</translation>
    </message>
    <message>
        <source>Required: the service instance requests about this app are registered for.</source>
        <translation>Verplicht: de service-instantie waarvoor verzoeken over deze app worden geregistreerd.</translation>
    </message>
    <message>
        <source>Required: how the webhook&apos;s JWT is signed.</source>
        <translation>Verplicht: hoe de JWT van de webhook wordt ondertekend.</translation>
    </message>
    <message>
        <source>In minutes (or hhh:mm).</source>
        <translation>In minuten (of uuu:mm).</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optioneel.</translation>
    </message>
    <message>
        <source>An https URL of at most 255 characters; {account} becomes the customer&apos;s account id.</source>
        <translation>Een https-URL van hoogstens 255 tekens; {account} wordt de account-id van de klant.</translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation>Hoogstens 255 tekens.</translation>
    </message>
    <message>
        <source>A link to the picture, or a data URL under 2 MB.</source>
        <translation>Een link naar de afbeelding, of een data-URL kleiner dan 2 MB.</translation>
    </message>
    <message>
        <source>New customers can no longer install it; customers who have it can still update.</source>
        <translation>Nieuwe klanten kunnen hem niet meer installeren; klanten die hem hebben, kunnen nog bijwerken.</translation>
    </message>
    <message>
        <source>At most 30 characters.</source>
        <translation>Hoogstens 30 tekens.</translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation>Hoogstens 128 tekens.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service-instantie</translation>
    </message>
    <message>
        <source>JWT algorithm</source>
        <translation>JWT-algoritme</translation>
    </message>
    <message>
        <source>Webhook URI template</source>
        <translation>Webhook-URI-sjabloon</translation>
    </message>
    <message>
        <source>JWT audience</source>
        <translation>JWT-audience</translation>
    </message>
    <message>
        <source>Claim expires in</source>
        <translation>Claim verloopt na</translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation>UI-extensieversie</translation>
    </message>
    <message>
        <source>Configuration URI template</source>
        <translation>Configuratie-URI-sjabloon</translation>
    </message>
    <message>
        <source>Card description</source>
        <translation>Kaartbeschrijving</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Functies</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Picture URI</source>
        <translation>Afbeeldings-URI</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Bron-ID</translation>
    </message>
    <message>
        <source>RSA using SHA-256</source>
        <translation>RSA met SHA-256</translation>
    </message>
    <message>
        <source>RSA using SHA-384</source>
        <translation>RSA met SHA-384</translation>
    </message>
    <message>
        <source>RSA using SHA-512</source>
        <translation>RSA met SHA-512</translation>
    </message>
    <message>
        <source>ECDSA using P-256 and SHA-256</source>
        <translation>ECDSA met P-256 en SHA-256</translation>
    </message>
    <message>
        <source>ECDSA using P-384 and SHA-384</source>
        <translation>ECDSA met P-384 en SHA-384</translation>
    </message>
    <message>
        <source>ECDSA using P-521 and SHA-512</source>
        <translation>ECDSA met P-521 en SHA-512</translation>
    </message>
    <message>
        <source>%1 is not a field of an app offering.</source>
        <translation>%1 is geen veld van een app-aanbieding.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be blank.</source>
        <translation>%1 mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 moet ja of nee zijn.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of minutes.</source>
        <translation>%1 moet een geheel aantal minuten zijn.</translation>
    </message>
    <message>
        <source>%1 must be a number of minutes, or hours:minutes like 1:30.</source>
        <translation>%1 moet een aantal minuten zijn, of uren:minuten zoals 1:30.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 moet een van %2 zijn.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 moet tekst zijn.</translation>
    </message>
    <message>
        <source>%1 must be a full URL, like https://example.com/hook?account={account}.</source>
        <translation>%1 moet een volledige URL zijn, zoals https://example.com/hook?account={account}.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 moet met https:// beginnen.</translation>
    </message>
    <message>
        <source>%1 must be a link starting with https:// (or a data URL).</source>
        <translation>%1 moet een link zijn die met https:// begint (of een data-URL).</translation>
    </message>
    <message>
        <source>At most 2 KB: 2,048 bytes in UTF-8.</source>
        <translation>Hoogstens 2 kB: 2.048 bytes in UTF-8.</translation>
    </message>
    <message>
        <source>Plain text, at most 64 KB: 65,535 bytes in UTF-8.</source>
        <translation>Platte tekst, hoogstens 64 kB: 65.535 bytes in UTF-8.</translation>
    </message>
    <message>
        <source>%1: choose one from the list.</source>
        <translation>%1: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Required, a URL of at most 255 characters: https (plain http only after a warning); {account} becomes the customer&apos;s account id.</source>
        <translation>Verplicht, een URL van hoogstens 255 tekens: https (gewone http alleen na een waarschuwing); {account} wordt de account-id van de klant.</translation>
    </message>
    <message>
        <source>%1 must start with https:// (or http://).</source>
        <translation>%1 moet met https:// (of http://) beginnen.</translation>
    </message>
    <message>
        <source>Plain http sends the webhook&apos;s payload and JWT unencrypted; 4me may refuse it.</source>
        <translation>Met gewone http gaan de gegevens en de JWT van de webhook onversleuteld over het netwerk; 4me kan dat weigeren.</translation>
    </message>
</context>
<context>
    <name>OverviewData</name>
    <message>
        <source>Offering #%1</source>
        <translation>Aanbieding #%1</translation>
    </message>
    <message>
        <source>No offering</source>
        <translation>Geen aanbieding</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n offering(s))</source>
        <translation>
            <numerusform>Overige (%n aanbieding)</numerusform>
            <numerusform>Overige (%n aanbiedingen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
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
        <translation>Eigen URL</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Vul een naam voor het profiel in.</translation>
    </message>
    <message>
        <source>Enter the account id, for example wdc.</source>
        <translation>Vul de account-id in, bijvoorbeeld wdc.</translation>
    </message>
    <message>
        <source>The account id &quot;%1&quot; must not contain spaces.</source>
        <translation>De account-id „%1” mag geen spaties bevatten.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Vul de hostnaam van de proxy in.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port (1 to 65535).</source>
        <translation>Vul de poort van de proxy in (1 tot 65535).</translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist.</source>
        <translation>De CA-bundel %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-sandbox</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>RecordStateText</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Niet ingeschakeld</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Disabled by the provider</source>
        <translation>Uitgeschakeld door de aanbieder</translation>
    </message>
    <message>
        <source>Suspended by the customer</source>
        <translation>Opgeschort door de klant</translation>
    </message>
    <message>
        <source>Not enabled by the customer</source>
        <translation>Niet ingeschakeld door de klant</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
</context>
<context>
    <name>RecordsWriter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>De export kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The standard output could not be written: %1</source>
        <translation>Er kon niet naar de standaarduitvoer worden geschreven: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 kon niet worden geopend om te schrijven: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
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
    <name>TextLimit</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln teken</numerusform>
            <numerusform>%Ln tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 of %3 bytes</source>
        <translation>%1 · %2 van %3 bytes</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %Ln character(s), at most %2.</source>
        <translation>
            <numerusform>%1 is te lang: %Ln teken, hoogstens %2.</numerusform>
            <numerusform>%1 is te lang: %Ln tekens, hoogstens %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %Ln byte(s) in UTF-8, at most %2 (a letter outside English takes two to four bytes).</source>
        <translation>
            <numerusform>%1 is te lang: %Ln byte in UTF-8, hoogstens %2 (een letter buiten het Engels neemt twee tot vier bytes).</numerusform>
            <numerusform>%1 is te lang: %Ln bytes in UTF-8, hoogstens %2 (een letter buiten het Engels neemt twee tot vier bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>De server stuurde geen certificaat.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Uitgever: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Geldig van %1 tot %2</translation>
    </message>
    <message>
        <source>The connection was refused because the server&apos;s certificate could not be trusted:</source>
        <translation>De verbinding is geweigerd omdat het certificaat van de server niet kon worden vertrouwd:</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>onbekende TLS-fout</translation>
    </message>
    <message>
        <source>If your network inspects TLS traffic, add your organisation&apos;s CA bundle to the profile. Do not connect if you did not expect this certificate.</source>
        <translation>Als je netwerk TLS-verkeer inspecteert, voeg dan de CA-bundel van je organisatie aan het profiel toe. Maak geen verbinding als je dit certificaat niet verwachtte.</translation>
    </message>
</context>
<context>
    <name>TransportConfig</name>
    <message>
        <source>No CA bundle file is given.</source>
        <translation>Er is geen CA-bundelbestand opgegeven.</translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist. Choose the PEM file your IT department provides, or clear the setting.</source>
        <translation>De CA-bundel %1 bestaat niet. Kies het PEM-bestand dat je IT-afdeling levert, of maak de instelling leeg.</translation>
    </message>
    <message>
        <source>The CA bundle %1 is not a file.</source>
        <translation>De CA-bundel %1 is geen bestand.</translation>
    </message>
    <message>
        <source>The CA bundle %1 is too large to be a certificate bundle.</source>
        <translation>De CA-bundel %1 is te groot voor een certificaatbundel.</translation>
    </message>
    <message>
        <source>The CA bundle %1 could not be read: %2</source>
        <translation>De CA-bundel %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 contains no certificates. It must be a PEM file with one or more &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>De CA-bundel %1 bevat geen certificaten. Het moet een PEM-bestand zijn met een of meer blokken „-----BEGIN CERTIFICATE-----”.</translation>
    </message>
</context>
<context>
    <name>VisitChanges</name>
    <message>
        <source>Offering #%1</source>
        <translation>Aanbieding #%1</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Geïnstalleerd</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Gedeïnstalleerd</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Enabled again</source>
        <translation>Weer ingeschakeld</translation>
    </message>
    <message>
        <source>Enabled by the customer</source>
        <translation>Ingeschakeld door de klant</translation>
    </message>
    <message>
        <source>No longer enabled by the customer</source>
        <translation>Niet meer ingeschakeld door de klant</translation>
    </message>
    <message>
        <source>New offering</source>
        <translation>Nieuwe aanbieding</translation>
    </message>
    <message>
        <source>Offering changed</source>
        <translation>Aanbieding gewijzigd</translation>
    </message>
    <message>
        <source>Offering removed</source>
        <translation>Aanbieding verwijderd</translation>
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
        <translation>geen klant</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> („%1”)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>De schermafbeelding kon niet naar %1 worden geschreven.</translation>
    </message>
    <message>
        <source>Timed out waiting for the first pages.</source>
        <translation>Wachten op de eerste pagina&apos;s duurde te lang.</translation>
    </message>
    <message>
        <source>A desktop console for 4me / Xurrent app providers.

The API token is read from the environment variable PROVIDER_CONSOLE_TOKEN;
it is never accepted on the command line, where other users could read it.</source>
        <translation>Een desktopconsole voor app-aanbieders op 4me / Xurrent.

Het API-token wordt gelezen uit de omgevingsvariabele PROVIDER_CONSOLE_TOKEN;
het wordt nooit op de opdrachtregel aangenomen, waar andere gebruikers het kunnen lezen.</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox (no account needed).</source>
        <translation>Start met de ingebouwde sandbox (geen account nodig).</translation>
    </message>
    <message>
        <source>Number of app instances in the demo sandbox.</source>
        <translation>Aantal app-instanties in de demo-sandbox.</translation>
    </message>
    <message>
        <source>The API base URL, e.g. https://api.xurrent.com/v1.</source>
        <translation>De basis-URL van de API, bijv. https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>The account id, e.g. wdc.</source>
        <translation>De account-id, bijv. wdc.</translation>
    </message>
    <message>
        <source>Save the window to a PNG once the first pages are shown, then quit.</source>
        <translation>Sla het venster op als PNG zodra de eerste pagina&apos;s zichtbaar zijn, en sluit dan af.</translation>
    </message>
    <message>
        <source>The API token is not accepted on the command line, where other users can read it. Set PROVIDER_CONSOLE_TOKEN in the environment instead.</source>
        <translation>Het API-token wordt niet op de opdrachtregel aangenomen, waar andere gebruikers het kunnen lezen. Zet in plaats daarvan PROVIDER_CONSOLE_TOKEN in de omgeving.</translation>
    </message>
    <message>
        <source>--demo-instances takes a number from 0 to 1000000.</source>
        <translation>--demo-instances neemt een getal van 0 tot 1000000.</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>De demo-sandbox kon niet luisteren op 127.0.0.1.</translation>
    </message>
    <message>
        <source>--account is required with --api-url.</source>
        <translation>--account is verplicht bij --api-url.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Er is geen profiel met de naam „%1”. Profielen: %2.</translation>
    </message>
    <message>
        <source>PROVIDER_CONSOLE_TOKEN is only used with --profile or --api-url; ignoring it.</source>
        <translation>PROVIDER_CONSOLE_TOKEN wordt alleen gebruikt met --profile of --api-url; het wordt genegeerd.</translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation>Open het opgeslagen profiel NAAM.</translation>
    </message>
    <message>
        <source>Make no changes: every write action is disabled.</source>
        <translation>Wijzig niets: elke schrijfactie is uitgeschakeld.</translation>
    </message>
    <message>
        <source>Set the API token in the environment variable PROVIDER_CONSOLE_TOKEN, or save a profile (start without options) to keep it in the keychain.</source>
        <translation>Zet het API-token in de omgevingsvariabele PROVIDER_CONSOLE_TOKEN, of sla een profiel op (start zonder opties) om het in de sleutelhanger te bewaren.</translation>
    </message>
    <message>
        <source>--report-first-paint: no view shows the offerings.</source>
        <translation>--report-first-paint: geen enkele weergave toont de aanbiedingen.</translation>
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
        <translation>Opdrachten, voor scripts (geen venster, geen beeldscherm nodig; afsluitcode 0 bij succes, 1 bij een fout met één
regel op de standaardfout, 2 bij verkeerd gebruik):
  sync [offerings|instances] [--full]
      Werk de lokale kopie van de verbinding bij (standaard beide verzamelingen);
      bij succes een samenvatting van één regel.
  export offerings|instances [--format csv|json] [--output BESTAND] [--offline]
      Werk de lokale kopie bij en schrijf dan elk record dat ze bevat. Een profiel zonder
      lokale kopie wordt rechtstreeks uit de API geëxporteerd, zonder iets op te slaan (en
      --offline wordt daarvoor geweigerd).
De verbinding: --profile NAAM, of --api-url URL --account ID.</translation>
    </message>
    <message>
        <source>There is no collection &quot;%1&quot;: name offerings or instances.</source>
        <translation>Er is geen verzameling „%1”: noem offerings of instances.</translation>
    </message>
    <message>
        <source>--%1 goes with a command: sync or export (see --help).</source>
        <translation>--%1 hoort bij een opdracht: sync of export (zie --help).</translation>
    </message>
    <message>
        <source>--%1 does not go with %2 (see --help).</source>
        <translation>--%1 past niet bij %2 (zie --help).</translation>
    </message>
    <message>
        <source>sync: also look for deleted records now (every id is listed), even when that takes more than the usual share of the hour&apos;s quota.</source>
        <translation>sync: zoek nu ook naar verwijderde records (elke id wordt opgevraagd), ook als dat meer kost dan het gebruikelijke deel van het uurquotum.</translation>
    </message>
    <message>
        <source>export: csv (the columns the console&apos;s Export writes) or json (every record whole, with the API&apos;s field names). Default: the --output file&apos;s extension, otherwise csv.</source>
        <translation>export: csv (de kolommen die Exporteren in de console schrijft) of json (elk record volledig, met de veldnamen van de API). Standaard: de extensie van het --output-bestand, anders csv.</translation>
    </message>
    <message>
        <source>export: write to FILE (replaced only once complete) instead of standard output.</source>
        <translation>export: schrijf naar BESTAND (pas vervangen als het volledig is) in plaats van naar de standaarduitvoer.</translation>
    </message>
    <message>
        <source>export: send nothing; write what the local copy holds.</source>
        <translation>export: niets versturen; schrijf wat de lokale kopie bevat.</translation>
    </message>
    <message>
        <source>sync or export, with what they take (see Commands above).</source>
        <translation>sync of export, met wat ze nemen (zie Opdrachten hierboven).</translation>
    </message>
    <message>
        <source>sync takes one collection at most: offerings or instances.</source>
        <translation>sync neemt hoogstens één verzameling: offerings of instances.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;: sync or export (see --help).</source>
        <translation>Er is geen opdracht „%1”: sync of export (zie --help).</translation>
    </message>
    <message>
        <source>%1 needs a connection: --profile NAME, or --api-url URL with --account ID.</source>
        <translation>%1 heeft een verbinding nodig: --profile NAAM, of --api-url URL met --account ID.</translation>
    </message>
    <message>
        <source>export takes one collection: offerings or instances.</source>
        <translation>export neemt één verzameling: offerings of instances.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output heeft een bestandsnaam nodig.</translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation>--format neemt csv of json.</translation>
    </message>
    <message>
        <source>offerings</source>
        <translation>app-aanbiedingen</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>app-instanties</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>GEBIED</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>command</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>The area to show first: overview, offerings, instances or journal.</source>
        <translation>Het gebied dat eerst wordt getoond: overview, offerings, instances of journal.</translation>
    </message>
    <message>
        <source>Use a dark palette, whatever the desktop&apos;s (for screenshots).</source>
        <translation>Gebruik een donker palet, ongeacht dat van het bureaublad (voor schermafbeeldingen).</translation>
    </message>
    <message>
        <source>Print when the first rows of the area shown are painted, then quit (for benchmarks).</source>
        <translation>Meld wanneer de eerste rijen van het getoonde gebied zijn getekend, en sluit dan af (voor benchmarks).</translation>
    </message>
    <message>
        <source>--view takes overview, offerings, instances or journal.</source>
        <translation>--view neemt overview, offerings, instances of journal.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (gebouwd met Qt %2)</translation>
    </message>
    <message>
        <source>Git revision: %1</source>
        <translation>Git-revisie: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>pc::AdoptionModel</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installaties</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Lopend totaal</translation>
    </message>
</context>
<context>
    <name>pc::ApiCall</name>
    <message>
        <source>The connection to %1 was refused because its certificate is not trusted; nothing was sent.
%2</source>
        <translation>De verbinding met %1 is geweigerd omdat het certificaat niet wordt vertrouwd; er is niets verstuurd.
%2</translation>
    </message>
</context>
<context>
    <name>pc::AppController</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTIE</translation>
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
        <translation>EIGEN URL</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>De demo kon niet starten</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>No API token is stored for the profile %1 yet. Paste it to connect.</source>
        <translation>Voor het profiel %1 is nog geen API-token bewaard. Plak het om verbinding te maken.</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>De sleutelhanger is niet beschikbaar</translation>
    </message>
    <message>
        <source>The API token of the profile “%1” could not be read from the keychain.</source>
        <translation>Het API-token van het profiel „%1” kon niet uit de sleutelhanger worden gelezen.</translation>
    </message>
    <message>
        <source>A token entered for this session is kept in memory only and forgotten when the console closes.</source>
        <translation>Een token dat je voor deze sessie invoert, blijft alleen in het geheugen en wordt vergeten zodra de console sluit.</translation>
    </message>
    <message>
        <source>API token for this session</source>
        <translation>API-token voor deze sessie</translation>
    </message>
    <message>
        <source>The API token for %1 (%2). It is not stored anywhere.</source>
        <translation>Het API-token voor %1 (%2). Het wordt nergens bewaard.</translation>
    </message>
    <message>
        <source>The CA bundle could not be used</source>
        <translation>De CA-bundel kon niet worden gebruikt</translation>
    </message>
    <message>
        <source>The new token of %1 could not be kept in the keychain (%2); it is used for this session only.</source>
        <translation>Het nieuwe token van %1 kon niet in de sleutelhanger worden bewaard (%2); het geldt alleen voor deze sessie.</translation>
    </message>
    <message>
        <source>Switch profile — Provider Console</source>
        <translation>Ander profiel — Provider Console</translation>
    </message>
    <message>
        <source>Welcome — Provider Console</source>
        <translation>Welkom — Provider Console</translation>
    </message>
    <message>
        <source>&amp;Enter the token for this session</source>
        <translation>Token voor deze sessie &amp;invoeren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opnieuw &amp;proberen</translation>
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
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Exported the journal to %1</source>
        <translation>Het logboek is geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message>
        <source>Loading every page before the export…</source>
        <translation>Alle pagina&apos;s worden geladen vóór de export…</translation>
    </message>
    <message>
        <source>Export cancelled: not every page could be loaded.</source>
        <translation>Export geannuleerd: niet alle pagina&apos;s konden worden geladen.</translation>
    </message>
    <message>
        <source>The server caps this collection at 100,000 records, so the export may not hold every record; narrow it with a filter.</source>
        <translation>De server levert van deze verzameling hoogstens 100.000 records, dus de export bevat misschien niet elk record; beperk hem met een filter.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln rij geëxporteerd naar %1</numerusform>
            <numerusform>%Ln rijen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: another export is still being written. Try again once it has ended.</source>
        <translation>Exporteren mislukt: er wordt nog een andere export geschreven. Probeer het opnieuw zodra die klaar is.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %L1 of %Ln row(s)…</source>
        <translation>
            <numerusform>Exporteren: %L1 van %Ln rij…</numerusform>
            <numerusform>Exporteren: %L1 van %Ln rijen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export geannuleerd: er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>pc::BackgroundSaveFile</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Het bestand kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>pc::CollectionSync</name>
    <message>
        <source>The server&apos;s newest record has no readable updated_at.</source>
        <translation>Het nieuwste record van de server heeft geen leesbare updated_at.</translation>
    </message>
</context>
<context>
    <name>pc::ColumnChooser</name>
    <message>
        <source>Choose and order columns…</source>
        <translation>Kolommen kiezen en ordenen…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Omla&amp;ag</translation>
    </message>
    <message>
        <source>Space shows or hides a column; Alt+Up and Alt+Down move it.</source>
        <translation>Spatie toont of verbergt een kolom; Alt+↑ en Alt+↓ verplaatsen hem.</translation>
    </message>
</context>
<context>
    <name>pc::CommandPalette</name>
    <message>
        <source>No matching command</source>
        <translation>Geen passende opdracht</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Opdrachtenpalet</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Typ een opdracht…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Opdrachten</translation>
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
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <source>&amp;Take the server&apos;s</source>
        <translation>Die van de &amp;server nemen</translation>
    </message>
    <message>
        <source>&amp;Merge as chosen</source>
        <translation>Samenvoegen zoals &amp;gekozen</translation>
    </message>
    <message>
        <source>Someone else changed this offering</source>
        <translation>Iemand anders heeft deze aanbieding gewijzigd</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else after you opened it. Nothing of yours has been sent. Choose per field which version to keep; fields only they changed take their version.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is door iemand anders opgeslagen nadat jij hem opende. Er is nog niets van jou verstuurd. Kies per veld welke versie je houdt; velden die alleen de ander wijzigde, krijgen diens versie.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Toen je het opende</translation>
    </message>
    <message>
        <source>The server&apos;s now</source>
        <translation>Nu op de server</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Van jou</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Houden</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation>Die van de server</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Houden voor %1</translation>
    </message>
    <message>
        <source>The server&apos;s (only they changed it)</source>
        <translation>Die van de server (alleen daar gewijzigd)</translation>
    </message>
    <message>
        <source>Same change on both sides</source>
        <translation>Aan beide kanten dezelfde wijziging</translation>
    </message>
    <message>
        <source>Save your changes over theirs; fields only they changed keep their version.</source>
        <translation>Sla je wijzigingen op over die van de ander heen; velden die alleen de ander wijzigde, houden diens versie.</translation>
    </message>
    <message>
        <source>Drop your changes and show the server&apos;s version.</source>
        <translation>Gooi je wijzigingen weg en toon de versie van de server.</translation>
    </message>
    <message>
        <source>Keep what the Keep column says, field by field.</source>
        <translation>Houd per veld wat de kolom Houden zegt.</translation>
    </message>
    <message>
        <source>Cancel keeps your form as it is; saving again shows this again.</source>
        <translation>Annuleren laat je formulier zoals het is; opnieuw opslaan toont dit weer.</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Aan beide kanten gewijzigde velden</translation>
    </message>
</context>
<context>
    <name>pc::ConnectDialog</name>
    <message>
        <source>Connect to 4me</source>
        <translation>Verbinden met 4me</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Asks the API who the token belongs to (GET /me), with exactly these settings.</source>
        <translation>Vraagt de API van wie het token is (GET /me), met precies deze instellingen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <source>Checks the API URL, the account and the token before you save.</source>
        <translation>Controleert de API-URL, het account en het token voordat je opslaat.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Weergeven</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Profiel %1 bewerken</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Laat leeg om het bewaarde token te houden</translation>
    </message>
    <message>
        <source>Paste a personal access token from 4me: Settings → API tokens</source>
        <translation>Plak een persoonlijk toegangstoken uit 4me: Instellingen → API-tokens</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>e.g. wdc (Production)</source>
        <translation>bijv. wdc (Productie)</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profiel&amp;naam:</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
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
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Merk:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Omg&amp;eving:</translation>
    </message>
    <message>
        <source>Custom API &amp;URL:</source>
        <translation>Eigen API-&amp;URL:</translation>
    </message>
    <message>
        <source>For a gateway in front of the API, or the local sandbox (http://127.0.0.1:PORT/v1; plain http only on this computer).</source>
        <translation>Voor een gateway vóór de API, of de lokale sandbox (http://127.0.0.1:POORT/v1; gewoon http alleen op deze computer).</translation>
    </message>
    <message>
        <source>e.g. https://api.example.com/v1</source>
        <translation>bijv. https://api.example.com/v1</translation>
    </message>
    <message>
        <source>e.g. wdc</source>
        <translation>bijv. wdc</translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation>&amp;Account-id:</translation>
    </message>
    <message>
        <source>The first part of your 4me address: wdc in wdc.xurrent.com.</source>
        <translation>Het eerste deel van je 4me-adres: wdc in wdc.xurrent.com.</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Het token tonen of verbergen</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API-to&amp;ken:</translation>
    </message>
    <message>
        <source>Create one in 4me under Settings → API tokens (personal access tokens). It is kept in the system keychain, never in a file.</source>
        <translation>Maak er een aan in 4me onder Instellingen → API-tokens (persoonlijke toegangstokens). Het wordt bewaard in de sleutelhanger van het systeem, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Read-&amp;only (no writes from this console)</source>
        <translation>Alleen-&amp;lezen (geen wijzigingen vanuit deze console)</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systeeminstellingen</translation>
    </message>
    <message>
        <source>None (direct)</source>
        <translation>Geen (direct)</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-proxy</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <source>user (optional)</source>
        <translation>gebruiker (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted certificates</source>
        <translation>geen: de vertrouwde certificaten van het systeem</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-bundel:</translation>
    </message>
    <message>
        <source>Only where your company inspects encrypted traffic: a PEM file with its certificates, trusted in addition to the system&apos;s.</source>
        <translation>Alleen waar je bedrijf versleuteld verkeer inspecteert: een PEM-bestand met zijn certificaten, vertrouwd naast die van het systeem.</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Kies een CA-bundel</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The token could not be saved</source>
        <translation>Het token kon niet worden bewaard</translation>
    </message>
    <message>
        <source>Use the token for this session on&amp;ly</source>
        <translation>Het token alleen voor deze &amp;sessie gebruiken</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Opn&amp;ieuw proberen</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>Het token wordt in de sleutelhanger bewaard…</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Er is geen sleutelhanger beschikbaar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>de sleutelhanger</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved, but its token could not be stored in %2.</source>
        <translation>Het profiel „%1” is opgeslagen, maar het token kon niet in %2 worden bewaard.</translation>
    </message>
    <message>
        <source>The token is not written anywhere else. For this session only, it is kept in memory and forgotten when the console closes.</source>
        <translation>Het token wordt nergens anders opgeschreven. Alleen voor deze sessie blijft het in het geheugen, en het wordt vergeten zodra de console sluit.</translation>
    </message>
    <message>
        <source>Paste the API token first.</source>
        <translation>Plak eerst het API-token.</translation>
    </message>
    <message>
        <source>Reading the stored token…</source>
        <translation>Het bewaarde token wordt gelezen…</translation>
    </message>
    <message>
        <source>The stored token could not be read: %1</source>
        <translation>Het bewaarde token kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
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
        <translation>een profielnaam</translation>
    </message>
    <message>
        <source>the account id</source>
        <translation>de account-id</translation>
    </message>
    <message>
        <source>The API host or account changed, so the stored token does not apply: paste the token for account %1 on %2.</source>
        <translation>De API-host of het account is gewijzigd, dus het bewaarde token geldt niet meer: plak het token voor account %1 op %2.</translation>
    </message>
    <message>
        <source>Paste the API token.</source>
        <translation>Plak het API-token.</translation>
    </message>
    <message>
        <source>the API token</source>
        <translation>het API-token</translation>
    </message>
    <message>
        <source>To save, enter %1.</source>
        <translation>Vul %1 in om op te slaan.</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Wereldwijd</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australië</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Verenigde Staten</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxyhost</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxypoort</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxygebruiker</translation>
    </message>
    <message>
        <source>Keep a local copy of the offerings an&amp;d instances</source>
        <translation>Een lokale kopie van de aanbie&amp;dingen en instanties bewaren</translation>
    </message>
    <message>
        <source>A file on this computer with every offering and instance of the account: the tables open with all rows at once and only changes are fetched. Turn it off where local copies of customer data are not allowed.</source>
        <translation>Een bestand op deze computer met elke aanbieding en instantie van het account: de tabellen openen meteen met alle rijen en alleen wijzigingen worden opgehaald. Zet het uit waar lokale kopieën van klantgegevens niet zijn toegestaan.</translation>
    </message>
    <message>
        <source>&amp;Forget local data…</source>
        <translation>Lokale gegevens ver&amp;geten…</translation>
    </message>
    <message>
        <source>Removes the local copy of this profile from this computer</source>
        <translation>Verwijdert de lokale kopie van dit profiel van deze computer</translation>
    </message>
    <message>
        <source>Kept in the application&apos;s data folder, never with the token.</source>
        <translation>Bewaard in de gegevensmap van de toepassing, nooit met het token.</translation>
    </message>
    <message>
        <source>No local copy on this computer.</source>
        <translation>Geen lokale kopie op deze computer.</translation>
    </message>
    <message>
        <source>On this computer: %1, last synced %2.</source>
        <translation>Op deze computer: %1, laatst gesynchroniseerd %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Forget the local copy of %1?</source>
        <translation>De lokale kopie van %1 vergeten?</translation>
    </message>
    <message>
        <source>The file with the offerings and instances of %1 is removed from this computer now. Nothing changes on the server.</source>
        <translation>Het bestand met de aanbiedingen en instanties van %1 wordt nu van deze computer verwijderd. Op de server verandert niets.</translation>
    </message>
    <message>
        <source>With “Keep a local copy” on, a new copy is made the next time this profile is opened.</source>
        <translation>Met „Een lokale kopie bewaren” aan wordt een nieuwe kopie gemaakt zodra dit profiel weer wordt geopend.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergeten</translation>
    </message>
    <message>
        <source>The local copy was removed.</source>
        <translation>De lokale kopie is verwijderd.</translation>
    </message>
    <message>
        <source>The local copy could not be removed: %1</source>
        <translation>De lokale kopie kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Weergeven</translation>
    </message>
    <message>
        <source>Show or hide the proxy password</source>
        <translation>Het proxywachtwoord tonen of verbergen</translation>
    </message>
    <message>
        <source>Pro&amp;xy password:</source>
        <translation>Pro&amp;xywachtwoord:</translation>
    </message>
    <message>
        <source>For a manual proxy that asks for a user name and password. It is kept in the system keychain with the token, never in a file.</source>
        <translation>Voor een handmatige proxy die om een gebruikersnaam en wachtwoord vraagt. Het wordt met het token in de sleutelhanger van het systeem bewaard, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Saving the proxy password in the keychain…</source>
        <translation>Het proxywachtwoord wordt in de sleutelhanger bewaard…</translation>
    </message>
    <message>
        <source>The proxy password could not be saved</source>
        <translation>Het proxywachtwoord kon niet worden bewaard</translation>
    </message>
    <message>
        <source>Use the password for this session on&amp;ly</source>
        <translation>Het wachtwoord alleen voor deze &amp;sessie gebruiken</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved, but its proxy password could not be stored in %2.</source>
        <translation>Het profiel „%1” is opgeslagen, maar het proxywachtwoord kon niet in %2 worden bewaard.</translation>
    </message>
    <message>
        <source>The proxy password (and the token, if you typed one) is not written anywhere else. For this session only, it is kept in memory and forgotten when the console closes.</source>
        <translation>Het proxywachtwoord (en het token, als je dat hebt ingevuld) wordt nergens anders opgeschreven. Alleen voor deze sessie blijft het in het geheugen, en het wordt vergeten zodra de console sluit.</translation>
    </message>
    <message>
        <source>with a manual proxy and its user</source>
        <translation>bij een handmatige proxy met gebruiker</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Laat leeg om het bewaarde wachtwoord te houden</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>alleen als de proxy erom vraagt</translation>
    </message>
</context>
<context>
    <name>pc::ConnectionTest</name>
    <message>
        <source>The token does not give access to account &quot;%1&quot; on %2 (%3). Check the account id: it is the first part of your 4me address, like wdc in wdc.xurrent.com. Or use a token created in that account.</source>
        <translation>Het token geeft geen toegang tot account „%1” op %2 (%3). Controleer de account-id: dat is het eerste deel van je 4me-adres, zoals wdc in wdc.xurrent.com. Of gebruik een token dat in dat account is aangemaakt.</translation>
    </message>
    <message>
        <source>The proxy %1:%2 failed: %3. Check the proxy&apos;s host, port and user under Network.</source>
        <translation>De proxy %1:%2 gaf een fout: %3. Controleer host, poort en gebruiker van de proxy onder Netwerk.</translation>
    </message>
    <message>
        <source>The system&apos;s proxy failed: %1. Check your computer&apos;s proxy settings, or choose &quot;None&quot; or a manual proxy under Network.</source>
        <translation>De proxy van het systeem gaf een fout: %1. Controleer de proxy-instellingen van je computer, of kies „Geen” of een handmatige proxy onder Netwerk.</translation>
    </message>
    <message>
        <source>The API token was not accepted (401): it may be mistyped, expired or revoked. Paste it again, or create a new one in 4me under Settings → API tokens.</source>
        <translation>Het API-token is niet geaccepteerd (401): het is misschien verkeerd getypt, verlopen of ingetrokken. Plak het opnieuw, of maak een nieuw aan in 4me onder Instellingen → API-tokens.</translation>
    </message>
    <message>
        <source>The token is valid but lacks permission (403). It must be able to read App Offerings and App Instances in account &quot;%1&quot;: give it those permissions in 4me (Settings → API tokens), or use the token of a person who may.</source>
        <translation>Het token is geldig, maar heeft niet genoeg rechten (403). Het moet app-aanbiedingen en app-instanties kunnen lezen in account „%1”: geef het die rechten in 4me (Instellingen → API-tokens), of gebruik het token van iemand die dat mag.</translation>
    </message>
    <message>
        <source>%1 found nothing at %2 (404). Either account &quot;%3&quot; does not exist there, or the API URL is not right (it normally ends in /v1).</source>
        <translation>%1 vond niets op %2 (404). Ofwel bestaat account „%3” daar niet, ofwel klopt de API-URL niet (die eindigt normaal op /v1).</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS). Check the API URL for typing errors, and your network connection or VPN.</source>
        <translation>De servernaam %1 is niet gevonden (DNS). Controleer de API-URL op typefouten, en je netwerkverbinding of VPN.</translation>
    </message>
    <message>
        <source>No connection: %1 refused it on port %2. Check the API URL, and whether the server (or the local sandbox) is running.</source>
        <translation>Geen verbinding: %1 weigerde die op poort %2. Controleer de API-URL, en of de server (of de lokale sandbox) draait.</translation>
    </message>
    <message>
        <source>No network: %1 could not be reached (%2). Check your network connection.</source>
        <translation>Geen netwerk: %1 was niet bereikbaar (%2). Controleer je netwerkverbinding.</translation>
    </message>
    <message>
        <source>A firewall or proxy may be in the way.</source>
        <translation>Misschien zit een firewall of proxy in de weg.</translation>
    </message>
    <message>
        <source>If your company inspects encrypted traffic, choose its CA bundle under Network and test again. Certificate errors are never ignored.</source>
        <translation>Als je bedrijf versleuteld verkeer inspecteert, kies dan de CA-bundel ervan onder Netwerk en test opnieuw. Certificaatfouten worden nooit genegeerd.</translation>
    </message>
    <message>
        <source>Check that %1 is the API URL; it normally looks like https://api.xurrent.com/v1.</source>
        <translation>Controleer of %1 de API-URL is; die ziet er normaal uit als https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected: the token belongs to %1 on account %2.</source>
        <translation>Verbonden: het token is van %1 in account %2.</translation>
    </message>
    <message>
        <source>Connected: the token belongs to %1 (%2) on account %3.</source>
        <translation>Verbonden: het token is van %1 (%2) in account %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). The network, a VPN or a proxy may be slow or block the connection; check them and test again.</source>
        <translation>
            <numerusform>%1 antwoordde niet binnen %n seconde. Het netwerk, een VPN of een proxy is misschien traag of blokkeert de verbinding; controleer ze en test opnieuw.</numerusform>
            <numerusform>%1 antwoordde niet binnen %n seconden. Het netwerk, een VPN of een proxy is misschien traag of blokkeert de verbinding; controleer ze en test opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The proxy %1:%2 refused the user name or password (407). Check the proxy&apos;s user and password under Network.</source>
        <translation>De proxy %1:%2 weigerde de gebruikersnaam of het wachtwoord (407). Controleer gebruiker en wachtwoord van de proxy onder Netwerk.</translation>
    </message>
</context>
<context>
    <name>pc::DetailPane</name>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als JSON &amp;kopiëren</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Details van het record</translation>
    </message>
    <message>
        <source>Copy the whole record as JSON (%1)</source>
        <translation>Het hele record als JSON kopiëren (%1)</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>De details sluiten (Esc)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details sluiten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Press Enter on a row to see all its fields here.</source>
        <translation>Druk op Enter op een rij om hier al zijn velden te zien.</translation>
    </message>
    <message>
        <source>Loading offering #%1…</source>
        <translation>Aanbieding #%1 wordt geladen…</translation>
    </message>
    <message>
        <source>Loading instance #%1…</source>
        <translation>Instantie #%1 wordt geladen…</translation>
    </message>
    <message>
        <source>Could not load offering #%1.</source>
        <translation>Aanbieding #%1 kon niet worden geladen.</translation>
    </message>
    <message>
        <source>Could not load instance #%1.</source>
        <translation>Instantie #%1 kon niet worden geladen.</translation>
    </message>
    <message>
        <source>Below: offering #%1, shown earlier.</source>
        <translation>Hieronder: aanbieding #%1, eerder getoond.</translation>
    </message>
    <message>
        <source>Below: instance #%1, shown earlier.</source>
        <translation>Hieronder: instantie #%1, eerder getoond.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Niets om te tonen.</translation>
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
        <translation>Enter toont ze</translation>
    </message>
    <message>
        <source>%1 since your last visit. Enter shows them</source>
        <translation>%1 sinds je laatste bezoek. Enter toont ze</translation>
    </message>
</context>
<context>
    <name>pc::FiguresModel</name>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Aanbiedingen</translation>
    </message>
    <message>
        <source>Published offerings</source>
        <translation>Gepubliceerde aanbiedingen</translation>
    </message>
    <message>
        <source>Draft offerings</source>
        <translation>Conceptaanbiedingen</translation>
    </message>
    <message>
        <source>Disabled offerings</source>
        <translation>Uitgeschakelde aanbiedingen</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanties</translation>
    </message>
    <message>
        <source>Active instances</source>
        <translation>Actieve instanties</translation>
    </message>
    <message>
        <source>Instances not enabled by the customer</source>
        <translation>Door de klant niet ingeschakelde instanties</translation>
    </message>
    <message>
        <source>Suspended instances</source>
        <translation>Opgeschorte instanties</translation>
    </message>
    <message>
        <source>Disabled instances</source>
        <translation>Uitgeschakelde instanties</translation>
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
        <translation>Kerncijfer</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Since last visit</source>
        <translation>Sinds laatste bezoek</translation>
    </message>
</context>
<context>
    <name>pc::IndexSync</name>
    <message>
        <source>Another console took over bringing the local copy up to date.</source>
        <translation>Een andere console heeft het bijwerken van de lokale kopie overgenomen.</translation>
    </message>
    <message>
        <source>The local copy could not be locked for syncing: %1</source>
        <translation>De lokale kopie kon niet worden vergrendeld om te synchroniseren: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; what had arrived is kept.</source>
        <translation>Synchronisatie geannuleerd; wat al binnen was, blijft bewaard.</translation>
    </message>
    <message>
        <source>The local copy could not be written: %1</source>
        <translation>De lokale kopie kon niet worden geschreven: %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %1 new, %2 changed, %3 removed (%n request(s)).</source>
        <translation>
            <numerusform>Bijgewerkt: %1 nieuw, %2 gewijzigd, %3 verwijderd (%n verzoek).</numerusform>
            <numerusform>Bijgewerkt: %1 nieuw, %2 gewijzigd, %3 verwijderd (%n verzoeken).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for deleted records needs your confirmation.</source>
        <translation>Het zoeken naar verwijderde records wacht op je bevestiging.</translation>
    </message>
</context>
<context>
    <name>pc::InstanceActionDialog</name>
    <message>
        <source>Suspend instances</source>
        <translation>Instanties opschorten</translation>
    </message>
    <message>
        <source>Resume instances</source>
        <translation>Instanties hervatten</translation>
    </message>
    <message>
        <source>Disable instances</source>
        <translation>Instanties uitschakelen</translation>
    </message>
    <message>
        <source>Enable instances</source>
        <translation>Instanties inschakelen</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Mislukte opnieuw proberen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspending switches off the instance&apos;s automation rules, webhook and app token in the customer&apos;s account. Either you or the customer can resume it.</source>
        <translation>Opschorten schakelt de automatiseringsregels, de webhook en het app-token van de instantie uit in het account van de klant. Zowel jij als de klant kan de instantie hervatten.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Opschorten</translation>
    </message>
    <message>
        <source>Resuming switches the instance back on, unless the customer or you disabled it. The suspension comment is kept.</source>
        <translation>Hervatten schakelt de instantie weer in, tenzij de klant of jij haar heeft uitgeschakeld. De reden van opschorting blijft bewaard.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Disabling is your switch as the provider: it stops the instance&apos;s automation rules, webhook and app token in the customer&apos;s account until you enable it again.</source>
        <translation>Uitschakelen is jouw schakelaar als aanbieder: het stopt de automatiseringsregels, de webhook en het app-token van de instantie in het account van de klant, totdat je haar weer inschakelt.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>Enabling turns your provider switch back on. The customer&apos;s own switch (enabled by customer) is theirs and is not changed.</source>
        <translation>Inschakelen zet jouw schakelaar als aanbieder weer aan. De eigen schakelaar van de klant (ingeschakeld door klant) is van de klant en verandert niet.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Instances: %1&lt;/b&gt;, of these customer accounts: %2</source>
        <translation>&lt;b&gt;Instanties: %1&lt;/b&gt;, van deze klantaccounts: %2</translation>
    </message>
    <message>
        <source>Suspension &amp;comment (the customer sees it):</source>
        <translation>&amp;Reden van opschorting (de klant ziet die):</translation>
    </message>
    <message>
        <source>What each instance would change (nothing has been sent yet):</source>
        <translation>Wat er per instantie zou veranderen (er is nog niets verstuurd):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Changes to send: %1</source>
        <translation>Te versturen wijzigingen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened to each instance:</source>
        <translation>Wat er met elke instantie is gebeurd:</translation>
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
        <translation>%1: mislukt: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: geannuleerd</translation>
    </message>
    <message>
        <source>Suspend without a reason?</source>
        <translation>Opschorten zonder reden?</translation>
    </message>
    <message>
        <source>The suspension comment is empty. The customer will see no reason for the suspension. Send it without one?</source>
        <translation>De opmerking bij het opschorten is leeg. De klant ziet dan geen reden voor het opschorten. Toch versturen zonder reden?</translation>
    </message>
    <message>
        <source>&amp;Send without a reason</source>
        <translation>&amp;Versturen zonder reden</translation>
    </message>
    <message>
        <source>&amp;Write a reason</source>
        <translation>Reden &amp;schrijven</translation>
    </message>
    <message>
        <source>What each instance would change</source>
        <translation>Wat er per instantie zou veranderen</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>De opmerking</translation>
    </message>
</context>
<context>
    <name>pc::InstanceBatch</name>
    <message>
        <source>suspended</source>
        <translation>opgeschort</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>hervat</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ingeschakeld</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>%1: already suspended with this comment: skipped</source>
        <translation>%1: al opgeschort met deze reden: overgeslagen</translation>
    </message>
    <message>
        <source>%1: not suspended: skipped</source>
        <translation>%1: niet opgeschort: overgeslagen</translation>
    </message>
    <message>
        <source>%1: already disabled: skipped</source>
        <translation>%1: al uitgeschakeld: overgeslagen</translation>
    </message>
    <message>
        <source>%1: not disabled: skipped</source>
        <translation>%1: niet uitgeschakeld: overgeslagen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
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
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n geannuleerd</numerusform>
            <numerusform>%n geannuleerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Geannuleerd voordat het werd verstuurd.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The server answered %1 without a readable record, so whether the change was applied is not known. Refresh to see the instance.</source>
        <translation>De server antwoordde %1 zonder leesbaar record, dus het is niet bekend of de wijziging is doorgevoerd. Vernieuw om de instantie te zien.</translation>
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
        <translation>Klantaccount</translation>
    </message>
    <message>
        <source>App offering</source>
        <translation>App-aanbieding</translation>
    </message>
    <message>
        <source>Enabled by customer</source>
        <translation>Ingeschakeld door klant</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Suspension comment</source>
        <translation>Reden van opschorting</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Not enabled by customer</source>
        <translation>Niet ingeschakeld door klant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
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
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
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
        <translation>gelukt (%1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
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
        <translation>Het logboek filteren (Ctrl+F of /)</translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation>treffers: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped</source>
        <translation>
            <numerusform>%n beschadigde regel overgeslagen</numerusform>
            <numerusform>%n beschadigde regels overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Logboekregel</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Het bestand kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation>Logboek filteren</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message numerus="yes">
        <source>Journal: %Ln write(s)</source>
        <translation>
            <numerusform>Logboek: %Ln wijziging</numerusform>
            <numerusform>Logboek: %Ln wijzigingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::KeyHelpOverlay</name>
    <message>
        <source>or</source>
        <comment>between two alternative shortcuts</comment>
        <translation>of</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Esc to close</source>
        <translation>Esc om te sluiten</translation>
    </message>
</context>
<context>
    <name>pc::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>The system keychain was not used: this desktop session has no D-Bus session bus, and starting one could hang on a password prompt. Use the token for this session only, or log in to a desktop session with a keychain (such as GNOME Keyring or KWallet) and retry.</source>
        <translation>De sleutelhanger van het systeem is niet gebruikt: deze desktopsessie heeft geen D-Bus-sessiebus, en er een starten zou kunnen blijven hangen op een wachtwoordvraag. Gebruik het token alleen voor deze sessie, of meld je aan bij een desktopsessie met een sleutelhanger (zoals GNOME Keyring of KWallet) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No keychain service is running (there is no D-Bus session bus), so the token cannot be kept safely. Use the token for this session only, or start a keychain (such as GNOME Keyring or KWallet) and retry.</source>
        <translation>Er draait geen sleutelhangerdienst (er is geen D-Bus-sessiebus), dus het token kan niet veilig worden bewaard. Gebruik het token alleen voor deze sessie, of start een sleutelhanger (zoals GNOME Keyring of KWallet) en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>pc::LocalIndex</name>
    <message>
        <source>The local copy could not be opened (%1); the tables load from the server.</source>
        <translation>De lokale kopie kon niet worden geopend (%1); de tabellen laden van de server.</translation>
    </message>
    <message>
        <source>Checking for deleted offerings: %1 of %2</source>
        <translation>Zoeken naar verwijderde aanbiedingen: %1 van %2</translation>
    </message>
    <message>
        <source>Checking for deleted instances: %1 of %2</source>
        <translation>Zoeken naar verwijderde instanties: %1 van %2</translation>
    </message>
    <message>
        <source>Syncing offerings: %1 of %2</source>
        <translation>Aanbiedingen synchroniseren: %1 van %2</translation>
    </message>
    <message>
        <source>Syncing instances: %1 of %2</source>
        <translation>Instanties synchroniseren: %1 van %2</translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation>De lokale kopie wordt geopend…</translation>
    </message>
    <message>
        <source>Another console is syncing the local copy; this one reads it.</source>
        <translation>Een andere console synchroniseert de lokale kopie; deze leest haar.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Zojuist gesynchroniseerd</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>%n min geleden gesynchroniseerd</numerusform>
            <numerusform>%n min geleden gesynchroniseerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>%n uur geleden gesynchroniseerd</numerusform>
            <numerusform>%n uur geleden gesynchroniseerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation>Gesynchroniseerd op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing the local copy…</source>
        <translation>De lokale kopie wordt gesynchroniseerd…</translation>
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
        <translation>&amp;Aanbiedingen</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instanties</translation>
    </message>
    <message>
        <source>API quota: %1 of %2 left</source>
        <translation>API-quotum: %1 van %2 over</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Provider Console</source>
        <translation>&amp;Over Provider Console</translation>
    </message>
    <message>
        <source>About Provider Console</source>
        <translation>Over Provider Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provider Console&lt;/b&gt; %1&lt;br&gt;A desktop console for 4me / Xurrent app providers.</source>
        <translation>&lt;b&gt;Provider Console&lt;/b&gt; %1&lt;br&gt;Een desktopconsole voor app-aanbieders op 4me / Xurrent.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API rate limit</source>
        <translation>
            <numerusform>%n s wachten op de aanvraaglimiet van de API</numerusform>
            <numerusform>%n s wachten op de aanvraaglimiet van de API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer properly; trying again in %n s</source>
        <translation>
            <numerusform>De server antwoordde niet goed; over %n s opnieuw</numerusform>
            <numerusform>De server antwoordde niet goed; over %n s opnieuw</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>&amp;Snelfilter</translation>
    </message>
    <message>
        <source>&amp;Server filter…</source>
        <translation>Server&amp;filter…</translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation>Alles la&amp;den</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>Laden a&amp;nnuleren</translation>
    </message>
    <message>
        <source>&amp;Sort by the current column</source>
        <translation>Sorteren op de huidige &amp;kolom</translation>
    </message>
    <message>
        <source>Again reverses the order</source>
        <translation>Nogmaals keert de volgorde om</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>K&amp;olommen…</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Opdrachten&amp;palet…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Open details</source>
        <translation>&amp;Details openen</translation>
    </message>
    <message>
        <source>&amp;Mark or unmark the row</source>
        <translation>Rij &amp;markeren of demarkeren</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>Als JSON &amp;kopiëren</translation>
    </message>
    <message>
        <source>Show &amp;instances of this offering</source>
        <translation>&amp;Instanties van deze aanbieding tonen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Keyboard help</source>
        <translation>&amp;Toetsenbordhulp</translation>
    </message>
    <message>
        <source>↑ ↓ PgUp PgDn Home End</source>
        <translation>↑ ↓ PgUp PgDn Home End</translation>
    </message>
    <message>
        <source>Move through the rows (End loads more)</source>
        <translation>Door de rijen gaan (End laadt meer)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Shift+↑ / Shift+↓, Ctrl+A</source>
        <translation>Shift+↑ / Shift+↓, Ctrl+A</translation>
    </message>
    <message>
        <source>Select rows</source>
        <translation>Rijen selecteren</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>Klik op een kolomkop</translation>
    </message>
    <message>
        <source>Sort by it (by the server where it can)</source>
        <translation>Erop sorteren (door de server waar dat kan)</translation>
    </message>
    <message>
        <source>Right-click a column header</source>
        <translation>Rechtsklik op een kolomkop</translation>
    </message>
    <message>
        <source>Show, hide or reorder columns</source>
        <translation>Kolommen tonen, verbergen of verplaatsen</translation>
    </message>
    <message>
        <source>Quick filter, from the table</source>
        <translation>Snelfilter, vanuit de tabel</translation>
    </message>
    <message>
        <source>This help, from the table</source>
        <translation>Deze hulp, vanuit de tabel</translation>
    </message>
    <message>
        <source>Keys in Offerings</source>
        <translation>Toetsen in Aanbiedingen</translation>
    </message>
    <message>
        <source>Keys in Instances</source>
        <translation>Toetsen in Instanties</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <source>I&amp;nstance</source>
        <translation>I&amp;nstantie</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Opschorten…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Hervatten…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Uitschakelen…</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Inschakelen…</translation>
    </message>
    <message>
        <source>Select the instances first (Space marks rows, Ctrl+A selects all).</source>
        <translation>Selecteer eerst de instanties (Spatie markeert rijen, Ctrl+A selecteert alles).</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Logboek</translation>
    </message>
    <message>
        <source>Keys in the Journal</source>
        <translation>Toetsen in het Logboek</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Van profiel &amp;wisselen…</translation>
    </message>
    <message>
        <source>&amp;Connect to another account…</source>
        <translation>&amp;Verbinden met een ander account…</translation>
    </message>
    <message>
        <source>Enter a new API &amp;token…</source>
        <translation>Nieuw API-&amp;token invoeren…</translation>
    </message>
    <message>
        <source>&amp;New offering…</source>
        <translation>&amp;Nieuwe aanbieding…</translation>
    </message>
    <message>
        <source>&amp;Edit offering…</source>
        <translation>Aanbieding &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Review changes before saving</source>
        <translation>Wijzigingen vóór het opslaan &amp;controleren</translation>
    </message>
    <message>
        <source>This profile is read-only: nothing can be changed from it.</source>
        <translation>Dit profiel is alleen-lezen: er kan niets mee worden gewijzigd.</translation>
    </message>
    <message>
        <source>The environment this window works on</source>
        <translation>De omgeving waarop dit venster werkt</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <source>F2 edits an offering: go to Offerings (Ctrl+1) first.</source>
        <translation>F2 bewerkt een aanbieding: ga eerst naar Aanbiedingen (Ctrl+1).</translation>
    </message>
    <message>
        <source>Choose an offering to edit first.</source>
        <translation>Kies eerst een aanbieding om te bewerken.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>Brings the local copy up to date with what changed on the server</source>
        <translation>Werkt de lokale kopie bij met wat op de server is veranderd</translation>
    </message>
    <message>
        <source>Full &amp;reconcile</source>
        <translation>Volledige af&amp;stemming</translation>
    </message>
    <message>
        <source>Lists every id on the server to drop the records deleted there</source>
        <translation>Vraagt elke id op bij de server om daar verwijderde records weg te laten</translation>
    </message>
    <message>
        <source>Edit this &amp;profile…</source>
        <translation>Dit &amp;profiel bewerken…</translation>
    </message>
    <message>
        <source>Overvie&amp;w</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Ove&amp;rzicht</translation>
    </message>
    <message>
        <source>Overview as &amp;tables</source>
        <translation>Overzicht als &amp;tabellen</translation>
    </message>
    <message>
        <source>The overview&apos;s numbers as tables, for a screen reader or to copy</source>
        <translation>De cijfers van het overzicht als tabellen, voor een schermlezer of om te kopiëren</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>From figure to chart to list</source>
        <translation>Van kerncijfer naar grafiek naar lijst</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>← → ↑ ↓, Home, End</source>
        <translation>← → ↑ ↓, Home, End</translation>
    </message>
    <message>
        <source>Along a chart&apos;s bars; the value is shown below it</source>
        <translation>Langs de staven van een grafiek; de waarde staat eronder</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the rows a figure, bar or line counts (Esc comes back)</source>
        <translation>De rijen openen die een kerncijfer, staaf of lijn telt (Esc gaat terug)</translation>
    </message>
    <message>
        <source>Keys in the Overview</source>
        <translation>Toetsen in het Overzicht</translation>
    </message>
    <message>
        <source>Instance #%1 is not among the rows loaded.</source>
        <translation>Instantie #%1 zit niet bij de geladen rijen.</translation>
    </message>
    <message>
        <source>Offering #%1 is not among the rows loaded.</source>
        <translation>Aanbieding #%1 zit niet bij de geladen rijen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Weergavetaal</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Systeem</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Automatisch synchroniseren</translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically</source>
        <translation>A&amp;utomatisch synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Only when asked (Sync now)</source>
        <translation>&amp;Alleen op verzoek (Nu synchroniseren)</translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation>Elke &amp;5 minuten</translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation>Elke &amp;15 minuten</translation>
    </message>
    <message>
        <source>Every &amp;30 minutes</source>
        <translation>Elke &amp;30 minuten</translation>
    </message>
    <message>
        <source>Every &amp;hour</source>
        <translation>Elk &amp;uur</translation>
    </message>
    <message>
        <source>“%1” works in Offerings (Ctrl+1) and Instances (Ctrl+2): go to one of them first.</source>
        <translation>„%1” werkt in Aanbiedingen (Ctrl+1) en Instanties (Ctrl+2): ga eerst naar een van beide.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export annuleren</translation>
    </message>
    <message>
        <source>Stops the export; no file is written</source>
        <translation>Stopt de export; er wordt geen bestand geschreven</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Export a&amp;nnuleren</translation>
    </message>
</context>
<context>
    <name>pc::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>geheugen (alleen deze sessie)</translation>
    </message>
    <message>
        <source>simulated failure</source>
        <translation>gesimuleerde fout</translation>
    </message>
</context>
<context>
    <name>pc::OfferingBarsModel</name>
    <message>
        <source>Offering</source>
        <translation>Aanbieding</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>pc::OfferingFields</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Template: %1&lt;br&gt;For the account %2: %3</source>
        <translation>Sjabloon: %1&lt;br&gt;Voor het account %2: %3</translation>
    </message>
    <message>
        <source>No {account} in it: every customer account gets the same URL.</source>
        <translation>Er staat geen {account} in: elk klantaccount krijgt dezelfde URL.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Follows the name until you edit it.</source>
        <translation>Volgt de naam totdat je hem bewerkt.</translation>
    </message>
    <message>
        <source>⚠ Once the offering is published the reference can no longer change.</source>
        <translation>⚠ Zodra de aanbieding is gepubliceerd, kan de referentie niet meer veranderen.</translation>
    </message>
    <message>
        <source>Choose an algorithm…</source>
        <translation>Kies een algoritme…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Disabled for new installations</source>
        <translation>Uitgeschakeld voor nieuwe installaties</translation>
    </message>
    <message>
        <source>minutes, e.g. 15 or 1:30</source>
        <translation>minuten, bijv. 15 of 1:30</translation>
    </message>
</context>
<context>
    <name>pc::OfferingForm</name>
    <message>
        <source>Waiting %1 s for the API rate limit before saving…</source>
        <translation>%1 s wachten op de aanvraaglimiet van de API vóór het opslaan…</translation>
    </message>
    <message>
        <source>The server did not answer properly; trying again in %1 s…</source>
        <translation>De server antwoordde niet goed; over %1 s opnieuw…</translation>
    </message>
    <message>
        <source>Restored from a draft saved before the console last stopped. Nothing of it has been sent yet.</source>
        <translation>Hersteld uit een concept dat is bewaard voordat de console de vorige keer stopte. Er is nog niets van verstuurd.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation>Opslaan annuleren</translation>
    </message>
    <message>
        <source>Stop the save; what the server already received may still be applied</source>
        <translation>Het opslaan stoppen; wat de server al ontving, kan toch worden doorgevoerd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close (Esc); asks when there are unsaved changes</source>
        <translation>Sluiten (Esc); vraagt het eerst bij niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Loading offering %1…</source>
        <translation>Aanbieding %1 wordt geladen…</translation>
    </message>
    <message>
        <source>The offering could not be loaded: %1</source>
        <translation>De aanbieding kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>A new offering: it is created when you save (Ctrl+S).</source>
        <translation>Een nieuwe aanbieding: ze wordt aangemaakt wanneer je opslaat (Ctrl+S).</translation>
    </message>
    <message>
        <source>ID %1 · created %2 · updated %3 · attachments: %4</source>
        <translation>ID %1 · aangemaakt %2 · bijgewerkt %3 · bijlagen: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Fields to fix before saving: %1</source>
        <translation>Velden die je vóór het opslaan moet verbeteren: %1</translation>
    </message>
    <message>
        <source>Unsaved changes: %1 · Ctrl+S saves</source>
        <translation>Niet-opgeslagen wijzigingen: %1 · Ctrl+S slaat op</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>Geen niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>New offering</source>
        <translation>Nieuwe aanbieding</translation>
    </message>
    <message>
        <source>Offering %1</source>
        <translation>Aanbieding %1</translation>
    </message>
    <message>
        <source>Offering: %1</source>
        <translation>Aanbieding: %1</translation>
    </message>
    <message>
        <source> — Provider Console</source>
        <translation> — Provider Console</translation>
    </message>
    <message>
        <source>Nothing to save: no field has changed.</source>
        <translation>Niets op te slaan: er is geen veld gewijzigd.</translation>
    </message>
    <message>
        <source>Looking for an offering with the reference %1 before creating it again…</source>
        <translation>Er wordt gezocht naar een aanbieding met de referentie %1 voordat ze opnieuw wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Whether the offering was created is still unknown: %1
Retry looks again.</source>
        <translation>Of de aanbieding is aangemaakt, is nog niet bekend: %1
Opnieuw proberen zoekt nog een keer.</translation>
    </message>
    <message>
        <source>The offering had been created after all (ID %1); this form now edits it.</source>
        <translation>De aanbieding was toch aangemaakt (ID %1); dit formulier bewerkt haar nu.</translation>
    </message>
    <message>
        <source>Creating the offering…</source>
        <translation>De aanbieding wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Checking for other changes, then saving…</source>
        <translation>Controleren op andere wijzigingen, daarna opslaan…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Opgeslagen om %1.</translation>
    </message>
    <message>
        <source>The server did not accept the offering; nothing was saved.</source>
        <translation>De server accepteerde de aanbieding niet; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>See the messages at the fields.</source>
        <translation>Zie de meldingen bij de velden.</translation>
    </message>
    <message>
        <source>The answer to the create request was lost: %1
The offering may or may not exist now. Retry first looks for it by its reference and creates it only if it is not there.</source>
        <translation>Het antwoord op het aanmaakverzoek is verloren gegaan: %1
De aanbieding bestaat nu misschien wel of niet. Opnieuw proberen zoekt haar eerst op referentie en maakt haar alleen aan als ze er niet is.</translation>
    </message>
    <message>
        <source>Your changes are still here; saving again checks the server&apos;s version first.</source>
        <translation>Je wijzigingen staan er nog; opnieuw opslaan controleert eerst de versie van de server.</translation>
    </message>
    <message>
        <source>The save did not complete: %1
Your changes are kept; Retry checks the server&apos;s version first, so nothing is sent twice.</source>
        <translation>Het opslaan is niet voltooid: %1
Je wijzigingen blijven bewaard; Opnieuw proberen controleert eerst de versie van de server, zodat niets twee keer wordt verstuurd.</translation>
    </message>
    <message>
        <source>%1
Your values are kept; Retry compares them with the server&apos;s version first, so nothing is overwritten.</source>
        <translation>%1
Je waarden blijven bewaard; Opnieuw proberen vergelijkt ze eerst met de versie van de server, zodat niets wordt overschreven.</translation>
    </message>
    <message>
        <source>Not saved: %1
Your changes are kept; Retry sends them again.</source>
        <translation>Niet opgeslagen: %1
Je wijzigingen blijven bewaard; Opnieuw proberen verstuurt ze nog een keer.</translation>
    </message>
    <message>
        <source>Already saved: the server has these values.</source>
        <translation>Al opgeslagen: de server heeft deze waarden.</translation>
    </message>
    <message>
        <source>Merged with the server&apos;s version; fix the marked fields, then save.</source>
        <translation>Samengevoegd met de versie van de server; verbeter de gemarkeerde velden en sla dan op.</translation>
    </message>
    <message>
        <source>Now showing the server&apos;s version; there is nothing left to save.</source>
        <translation>Nu wordt de versie van de server getoond; er valt niets meer op te slaan.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this offering. Save again to compare and choose.</source>
        <translation>Niet opgeslagen: iemand anders heeft deze aanbieding gewijzigd. Sla opnieuw op om te vergelijken en te kiezen.</translation>
    </message>
    <message>
        <source>⚠ The draft could not be written to disk: %1</source>
        <translation>⚠ Het concept kon niet naar schijf worden geschreven: %1</translation>
    </message>
    <message>
        <source>Saving… the form closes when the server has answered.</source>
        <translation>Opslaan… het formulier sluit zodra de server heeft geantwoord.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the form.</source>
        <translation>Sla ze op, gooi ze weg, of ga terug naar het formulier.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need fixing first (marked below).</source>
        <translation>
            <numerusform>Niet opgeslagen: %n veld moet eerst worden verbeterd (hieronder gemarkeerd).</numerusform>
            <numerusform>Niet opgeslagen: %n velden moeten eerst worden verbeterd (hieronder gemarkeerd).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::OfferingForms</name>
    <message>
        <source>Unsaved offering forms from an earlier session: %1. Nothing of them was sent.</source>
        <translation>Niet-opgeslagen aanbiedingsformulieren uit een eerdere sessie: %1. Er is niets van verstuurd.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Hers&amp;tellen</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>The drafts were discarded.</source>
        <translation>De concepten zijn weggegooid.</translation>
    </message>
    <message>
        <source>An offering is being saved; close again when its answer has arrived.</source>
        <translation>Er wordt een aanbieding opgeslagen; sluit opnieuw zodra het antwoord binnen is.</translation>
    </message>
    <message>
        <source>Unsaved offering forms</source>
        <translation>Niet-opgeslagen aanbiedingsformulieren</translation>
    </message>
    <message>
        <source>Offering forms with unsaved changes: %1.</source>
        <translation>Aanbiedingsformulieren met niet-opgeslagen wijzigingen: %1.</translation>
    </message>
    <message>
        <source>Quit and keep them as drafts (offered back at the next start), discard them, or go back to them.</source>
        <translation>Afsluiten en ze als concepten bewaren (bij de volgende start weer aangeboden), ze weggooien, of ernaar teruggaan.</translation>
    </message>
    <message>
        <source>&amp;Keep as drafts and quit</source>
        <translation>Als &amp;concepten bewaren en afsluiten</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Weggooien en afsluiten</translation>
    </message>
</context>
<context>
    <name>pc::OfferingSave</name>
    <message>
        <source>Saving was cancelled before anything was sent.</source>
        <translation>Het opslaan is geannuleerd voordat er iets werd verstuurd.</translation>
    </message>
    <message>
        <source>The server&apos;s current version of the offering could not be read, so nothing was sent. Retry checks again.</source>
        <translation>De huidige versie van de aanbieding op de server kon niet worden gelezen, dus er is niets verstuurd. Opnieuw proberen controleert nog een keer.</translation>
    </message>
    <message>
        <source>The API rate limit was reached again and again: this save waited %1 s, as long as it may, and nothing was changed. Try again after %2.</source>
        <translation>De aanvraaglimiet van de API werd steeds opnieuw bereikt: dit opslaan wachtte %1 s, zo lang als het mag, en er is niets gewijzigd. Probeer het na %2 opnieuw.</translation>
    </message>
    <message>
        <source>Saving was cancelled while the request was on its way: the server may or may not have applied it.</source>
        <translation>Het opslaan is geannuleerd terwijl het verzoek onderweg was: de server heeft het misschien wel of niet doorgevoerd.</translation>
    </message>
    <message>
        <source>The server answered %1 but did not send back a readable offering, so whether the save was applied is not known. Refresh to see what it holds before saving again.</source>
        <translation>De server antwoordde %1 maar stuurde geen leesbare aanbieding terug, dus het is niet bekend of het opslaan is doorgevoerd. Vernieuw om te zien wat de server heeft voordat je opnieuw opslaat.</translation>
    </message>
</context>
<context>
    <name>pc::OfferingsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service-instantie</translation>
    </message>
    <message>
        <source>JWT algorithm</source>
        <translation>JWT-algoritme</translation>
    </message>
    <message>
        <source>Webhook URI template</source>
        <translation>Webhook-URI-sjabloon</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Bron-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (whether it is a draft is not known yet)</source>
        <translation>%1 (of het een concept is, is nog niet bekend)</translation>
    </message>
</context>
<context>
    <name>pc::OverviewArea</name>
    <message>
        <source>&amp;Complete it</source>
        <translation>Aan&amp;vullen</translation>
    </message>
    <message>
        <source>Loads the rows the overview lacks (Load all), or syncs the local copy</source>
        <translation>Laadt de rijen die het overzicht mist (Alles laden), of synchroniseert de lokale kopie</translation>
    </message>
    <message>
        <source>As &amp;tables (T)</source>
        <translation>Als &amp;tabellen (T)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>The overview as PNG or SVG, the numbers as CSV</source>
        <translation>Het overzicht als PNG of SVG, de cijfers als CSV</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Aanbiedingen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanties</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Niet ingeschakeld</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Installs per offering, by state</source>
        <translation>Installaties per aanbieding, per status</translation>
    </message>
    <message>
        <source>Adoption of</source>
        <translation>Adoptie van</translation>
    </message>
    <message>
        <source>Adoption over</source>
        <translation>Adoptieperiode</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hele periode</translation>
    </message>
    <message>
        <source>Ado&amp;ption of</source>
        <translation>Ado&amp;ptie van</translation>
    </message>
    <message>
        <source>Adoption over time: installs per month and the running total</source>
        <translation>Adoptie in de tijd: installaties per maand en het lopende totaal</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Adoption over time</source>
        <translation>Adoptie in de tijd</translation>
    </message>
    <message>
        <source>Since your last visit</source>
        <translation>Sinds je laatste bezoek</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>Als gezien &amp;markeren</translation>
    </message>
    <message>
        <source>What is shown now becomes your last visit</source>
        <translation>Wat nu wordt getoond, wordt je laatste bezoek</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>Based on the rows counted before the instances were narrowed down; back here they are counted again.</source>
        <translation>Gebaseerd op de rijen die zijn geteld voordat de instanties werden ingeperkt; als je hier terugkomt, worden ze opnieuw geteld.</translation>
    </message>
    <message>
        <source>%1 of %2 instances loaded</source>
        <translation>%1 van %2 instanties geladen</translation>
    </message>
    <message>
        <source>%1 instances loaded</source>
        <translation>%1 instanties geladen</translation>
    </message>
    <message>
        <source>Based on what is loaded so far (%1); the local copy&apos;s first sync is running.</source>
        <translation>Gebaseerd op wat tot nu toe is geladen (%1); de eerste synchronisatie van de lokale kopie loopt.</translation>
    </message>
    <message>
        <source>Based on what is loaded so far: %1. Complete it to count them all.</source>
        <translation>Gebaseerd op wat tot nu toe is geladen: %1. Vul het aan om ze allemaal te tellen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s) and %1 instances</source>
        <translation>
            <numerusform>%Ln aanbieding en %1 instanties</numerusform>
            <numerusform>%Ln aanbiedingen en %1 instanties</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on the local copy: every one of the %1.</source>
        <translation>Gebaseerd op de lokale kopie, volledig: %1.</translation>
    </message>
    <message>
        <source>Based on every one of the %1, loaded from the API.</source>
        <translation>Gebaseerd op alles, geladen uit de API: %1.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2: %3 van %4</translation>
    </message>
    <message>
        <source> (the table view, T, lists each offering)</source>
        <translation> (de tabelweergave, T, toont elke aanbieding)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln install(s), %2 in all</source>
        <translation>
            <numerusform>%1: %Ln installatie, %2 in totaal</numerusform>
            <numerusform>%1: %Ln installaties, %2 in totaal</numerusform>
        </translation>
    </message>
    <message>
        <source>All offerings</source>
        <translation>Alle aanbiedingen</translation>
    </message>
    <message numerus="yes">
        <source>Since your last visit (%1): %Ln change(s)</source>
        <translation>
            <numerusform>Sinds je laatste bezoek (%1): %Ln wijziging</numerusform>
            <numerusform>Sinds je laatste bezoek (%1): %Ln wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Since your last visit: this is the first; changes show from the next one</source>
        <translation>Sinds je laatste bezoek: dit is je eerste; wijzigingen verschijnen vanaf het volgende</translation>
    </message>
    <message>
        <source>Provider Console overview</source>
        <translation>Overzicht van Provider Console</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>The numbers as CSV (*.csv)</source>
        <translation>De cijfers als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Het overzicht exporteren</translation>
    </message>
    <message>
        <source>Exported the overview to %1</source>
        <translation>Het overzicht is geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>the %n other offering(s)</source>
        <translation>
            <numerusform>de %n andere app-aanbieding</numerusform>
            <numerusform>de %n andere app-aanbiedingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::PagedTableModel</name>
    <message>
        <source>%1 (API field %2; the server sorts by it)</source>
        <translation>%1 (API-veld %2; de server sorteert erop)</translation>
    </message>
    <message>
        <source>%1 (API field %2)</source>
        <translation>%1 (API-veld %2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>pc::ParallelWalk</name>
    <message>
        <source>The server&apos;s answer had a record without an id, so the collection could not be split into id ranges.</source>
        <translation>Het antwoord van de server bevatte een record zonder id, dus de verzameling kon niet in id-bereiken worden verdeeld.</translation>
    </message>
</context>
<context>
    <name>pc::PicturePreview</name>
    <message>
        <source>The data URL is not a picture this console can show.</source>
        <translation>De data-URL is geen afbeelding die deze console kan tonen.</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>De afbeelding wordt geladen…</translation>
    </message>
    <message>
        <source>No preview: the picture is larger than 2 MB or was replaced.</source>
        <translation>Geen voorbeeld: de afbeelding is groter dan 2 MB of is vervangen.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Geen voorbeeld: %1</translation>
    </message>
    <message>
        <source>No preview: the link does not give a picture.</source>
        <translation>Geen voorbeeld: de link levert geen afbeelding op.</translation>
    </message>
</context>
<context>
    <name>pc::ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Er bestaat al een profiel met de naam „%1”. Kies een andere naam.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Er is geen profiel met de naam „%1”.</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>De profielen konden niet worden opgeslagen in %1. Controleer of de map beschrijfbaar is en de schijf niet vol is.</translation>
    </message>
</context>
<context>
    <name>pc::RecordBanners</name>
    <message>
        <source>Re&amp;try</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alles laden</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Loading all…</source>
        <translation>Alles wordt geladen…</translation>
    </message>
    <message>
        <source>The server caps this collection at 100,000 records; narrow it with a filter to see the rest.</source>
        <translation>De server levert van deze verzameling hoogstens 100.000 records; beperk hem met een filter om de rest te zien.</translation>
    </message>
    <message>
        <source>Instances of %1: the server cannot list them directly, so they are picked from the loaded instances.</source>
        <translation>Instanties van %1: de server kan ze niet rechtstreeks opsommen, dus ze worden uit de geladen instanties gekozen.</translation>
    </message>
    <message>
        <source>Instances of %1.</source>
        <translation>Instanties van %1.</translation>
    </message>
    <message>
        <source>Sorted locally by %1.</source>
        <translation>Lokaal gesorteerd op %1.</translation>
    </message>
    <message>
        <source>Loading all: %1 of %2, paced to the API&apos;s limit of %3 requests per %4 s</source>
        <translation>Alles laden: %1 van %2, in het tempo van de API-limiet van %3 verzoeken per %4 s</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API rate limit…</source>
        <translation>
            <numerusform>%n s wachten op de aanvraaglimiet van de API…</numerusform>
            <numerusform>%n s wachten op de aanvraaglimiet van de API…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorted locally: %Ln loaded row(s).</source>
        <translation>
            <numerusform>Lokaal gesorteerd: %Ln geladen rij.</numerusform>
            <numerusform>Lokaal gesorteerd: %Ln geladen rijen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter looks only at the %Ln loaded row(s).</source>
        <translation>
            <numerusform>Het filter kijkt alleen naar de %Ln geladen rij.</numerusform>
            <numerusform>Het filter kijkt alleen naar de %Ln geladen rijen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::RecordFilterBar</name>
    <message>
        <source>Load &amp;all</source>
        <translation>Alle&amp;s laden</translation>
    </message>
    <message>
        <source>All offerings</source>
        <translation>Alle aanbiedingen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Published, incl. trusted accounts</source>
        <translation>Gepubliceerd, incl. vertrouwde accounts</translation>
    </message>
    <message>
        <source>Installed here</source>
        <translation>Hier geïnstalleerd</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle instanties</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Predefined filter, applied by the server</source>
        <translation>Vooraf gedefinieerd filter, toegepast door de server</translation>
    </message>
    <message>
        <source>Filter loaded rows (Ctrl+F or /)</source>
        <translation>Geladen rijen filteren (Ctrl+F of /)</translation>
    </message>
    <message>
        <source>S&amp;erver filter…</source>
        <translation>S&amp;erverfilter…</translation>
    </message>
    <message>
        <source>Conditions the server applies (Ctrl+Shift+F)</source>
        <translation>Voorwaarden die de server toepast (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Load every page (Ctrl+Shift+A)</source>
        <translation>Elke pagina laden (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Filters the loaded rows; the API cannot filter on this</source>
        <translation>Filtert de geladen rijen; de API kan hier niet op filteren</translation>
    </message>
    <message>
        <source>Server filter:</source>
        <translation>Serverfilter:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is niet</translation>
    </message>
    <message>
        <source>after / above</source>
        <translation>na / boven</translation>
    </message>
    <message>
        <source>before / below</source>
        <translation>voor / onder</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>is aanwezig</translation>
    </message>
    <message>
        <source>value, e.g. 2024-01-31 or true</source>
        <translation>waarde, bijv. 2024-01-31 of true</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is leeg</translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation>%1 is aanwezig</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 is niet %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 vóór %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation>geen voorwaarden</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffers: %1</translation>
    </message>
    <message>
        <source>Predefined filter</source>
        <translation>Vooraf gedefinieerd filter</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Snelfilter</translation>
    </message>
    <message>
        <source>Server filter field</source>
        <translation>Veld van het serverfilter</translation>
    </message>
    <message>
        <source>Server filter operator</source>
        <translation>Operator van het serverfilter</translation>
    </message>
    <message>
        <source>Server filter value</source>
        <translation>Waarde van het serverfilter</translation>
    </message>
    <message>
        <source>Adds the condition to the server filter</source>
        <translation>Voegt de voorwaarde toe aan het serverfilter</translation>
    </message>
    <message>
        <source>Removes every condition of the server filter</source>
        <translation>Verwijdert alle voorwaarden van het serverfilter</translation>
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
        <translation>%1 tussen %2 en %3</translation>
    </message>
    <message>
        <source>%1 on or after %2</source>
        <translation>%1 op of na %2</translation>
    </message>
    <message>
        <source>%1 on or before %2</source>
        <translation>%1 op of vóór %2</translation>
    </message>
</context>
<context>
    <name>pc::RecordForm</name>
    <message>
        <source>Offering #%1</source>
        <translation>Aanbieding #%1</translation>
    </message>
    <message>
        <source>App offering #%1</source>
        <translation>App-aanbieding #%1</translation>
    </message>
    <message>
        <source>Instance #%1</source>
        <translation>Instantie #%1</translation>
    </message>
    <message>
        <source>Instance #%1 — %2</source>
        <translation>Instantie #%1 — %2</translation>
    </message>
    <message>
        <source>App instance</source>
        <translation>App-instantie</translation>
    </message>
    <message>
        <source>App instance of %1</source>
        <translation>App-instantie van %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>The identifier that stays the same across versions of the offering.</source>
        <translation>De identificatie die gelijk blijft over de versies van de aanbieding heen.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>The provider&apos;s switch: new customers cannot install a disabled offering; customers who have it installed can still update.</source>
        <translation>De schakelaar van de aanbieder: nieuwe klanten kunnen een uitgeschakelde aanbieding niet installeren; klanten die haar al hebben, kunnen nog bijwerken.</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service-instantie</translation>
    </message>
    <message>
        <source>Requests about this offering are registered for this service instance.</source>
        <translation>Verzoeken over deze aanbieding worden voor deze service-instantie geregistreerd.</translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation>UI-extensieversie</translation>
    </message>
    <message>
        <source>Shown to customers on the Configuration tab of the app.</source>
        <translation>Wordt aan klanten getoond op het tabblad Configuratie van de app.</translation>
    </message>
    <message>
        <source>RSA using SHA-256</source>
        <translation>RSA met SHA-256</translation>
    </message>
    <message>
        <source>RSA using SHA-384</source>
        <translation>RSA met SHA-384</translation>
    </message>
    <message>
        <source>RSA using SHA-512</source>
        <translation>RSA met SHA-512</translation>
    </message>
    <message>
        <source>ECDSA using P-256 and SHA-256</source>
        <translation>ECDSA met P-256 en SHA-256</translation>
    </message>
    <message>
        <source>ECDSA using P-384 and SHA-384</source>
        <translation>ECDSA met P-384 en SHA-384</translation>
    </message>
    <message>
        <source>ECDSA using P-521 and SHA-512</source>
        <translation>ECDSA met P-521 en SHA-512</translation>
    </message>
    <message>
        <source>JWT algorithm</source>
        <translation>JWT-algoritme</translation>
    </message>
    <message>
        <source>Signs the policy sent to the app&apos;s webhook.</source>
        <translation>Ondertekent het beleid dat naar de webhook van de app wordt gestuurd.</translation>
    </message>
    <message>
        <source>JWT audience</source>
        <translation>JWT-audience</translation>
    </message>
    <message>
        <source>Claim expires in</source>
        <translation>Claim verloopt na</translation>
    </message>
    <message>
        <source>The API sends a whole number (%1); 4me durations are in minutes.</source>
        <translation>De API stuurt een geheel getal (%1); duren in 4me zijn in minuten.</translation>
    </message>
    <message>
        <source>Webhook URI template</source>
        <translation>Webhook-URI-sjabloon</translation>
    </message>
    <message>
        <source>{account} is replaced by the customer&apos;s account id.</source>
        <translation>{account} wordt vervangen door de account-id van de klant.</translation>
    </message>
    <message>
        <source>Configuration URI template</source>
        <translation>Configuratie-URI-sjabloon</translation>
    </message>
    <message>
        <source>Card description</source>
        <translation>Kaartbeschrijving</translation>
    </message>
    <message>
        <source>Picture URI</source>
        <translation>Afbeeldings-URI</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Bron-ID</translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation>Node-ID</translation>
    </message>
    <message>
        <source>The record&apos;s id in the GraphQL API.</source>
        <translation>De id van het record in de GraphQL-API.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Texts shown to customers</source>
        <translation>Teksten die klanten zien</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Functies</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Klantaccount</translation>
    </message>
    <message>
        <source>App offering</source>
        <translation>App-aanbieding</translation>
    </message>
    <message>
        <source>Sent as &quot;integration&quot;, the field&apos;s name on the older API.</source>
        <translation>Verstuurd als „integration”, de naam van het veld in de oudere API.</translation>
    </message>
    <message>
        <source>Enabled by customer</source>
        <translation>Ingeschakeld door klant</translation>
    </message>
    <message>
        <source>The customer&apos;s switch: whether the customer allows the app to work in their account. Only the customer can change it.</source>
        <translation>De schakelaar van de klant: of de klant de app in zijn account laat werken. Alleen de klant kan dit wijzigen.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Either party can suspend the instance, and either may lift the suspension. While suspended, its automation rules, webhook and app token are off.</source>
        <translation>Beide partijen kunnen de instantie opschorten, en elk van beide kan de opschorting opheffen. Zolang ze is opgeschort, staan haar automatiseringsregels, webhook en app-token uit.</translation>
    </message>
    <message>
        <source>Suspension comment</source>
        <translation>Reden van opschorting</translation>
    </message>
    <message>
        <source>The provider&apos;s switch: while set, the instance&apos;s automation rules, webhook and app token are off in the customer&apos;s account.</source>
        <translation>De schakelaar van de aanbieder: zolang die aan staat, zijn de automatiseringsregels, de webhook en het app-token van de instantie uitgeschakeld in het account van de klant.</translation>
    </message>
    <message>
        <source>Customer representative</source>
        <translation>Klantvertegenwoordiger</translation>
    </message>
    <message>
        <source>The customer&apos;s contact person for this instance.</source>
        <translation>De contactpersoon van de klant voor deze instantie.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook policy</source>
        <translation>Webhookbeleid</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Aangepaste velden</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Overige velden</translation>
    </message>
    <message>
        <source>API field: %1</source>
        <translation>API-veld: %1</translation>
    </message>
    <message>
        <source>A data URL of %1; Copy JSON gives it in full.</source>
        <translation>Een data-URL van %1; JSON kopiëren geeft hem volledig.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referentie: %1</translation>
    </message>
    <message>
        <source>Not in the server&apos;s answer</source>
        <translation>Niet in het antwoord van de server</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leeg</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leeg</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuut</numerusform>
            <numerusform>%Ln minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::RecordView</name>
    <message>
        <source>(loading…)</source>
        <translation>(bezig met laden…)</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Aanbiedingen</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanties</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a record.</source>
        <translation>Het antwoord van de server was geen record.</translation>
    </message>
    <message>
        <source>Loading offerings…</source>
        <translation>Aanbiedingen worden geladen…</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>Instanties worden geladen…</translation>
    </message>
    <message>
        <source>No loaded offerings match the filter</source>
        <translation>Geen geladen aanbiedingen die aan het filter voldoen</translation>
    </message>
    <message>
        <source>No offerings match</source>
        <translation>Geen aanbiedingen gevonden</translation>
    </message>
    <message>
        <source>No loaded instances match the filter</source>
        <translation>Geen geladen instanties die aan het filter voldoen</translation>
    </message>
    <message>
        <source>No instances match</source>
        <translation>Geen instanties gevonden</translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation>treffers: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) of %1 found in %2 of %3 scanned</source>
        <translation>
            <numerusform>%Ln app-instantie van %1 gevonden in %2 van %3 doorzochte</numerusform>
            <numerusform>%Ln app-instanties van %1 gevonden in %2 van %3 doorzochte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln offering(s) loaded</source>
        <translation>
            <numerusform>%1 van %Ln app-aanbieding geladen</numerusform>
            <numerusform>%1 van %Ln app-aanbiedingen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln instance(s) loaded</source>
        <translation>
            <numerusform>%1 van %Ln app-instantie geladen</numerusform>
            <numerusform>%1 van %Ln app-instanties geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s) loaded</source>
        <translation>
            <numerusform>%Ln app-aanbieding geladen</numerusform>
            <numerusform>%Ln app-aanbiedingen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) loaded</source>
        <translation>
            <numerusform>%Ln app-instantie geladen</numerusform>
            <numerusform>%Ln app-instanties geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s), from the local copy</source>
        <translation>
            <numerusform>%Ln aanbieding, uit de lokale kopie</numerusform>
            <numerusform>%Ln aanbiedingen, uit de lokale kopie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s), from the local copy</source>
        <translation>
            <numerusform>%Ln instantie, uit de lokale kopie</numerusform>
            <numerusform>%Ln instanties, uit de lokale kopie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ReferenceModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
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
        <translation>%1 (versie %2)</translation>
    </message>
</context>
<context>
    <name>pc::ReferencePicker</name>
    <message>
        <source>Choose… (F4)</source>
        <translation>Kiezen… (F4)</translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation>UI-extensieversie</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service-instantie</translation>
    </message>
    <message>
        <source>F4, Space or Enter opens the list; Delete clears the field</source>
        <translation>F4, Spatie of Enter opent de lijst; Delete maakt het veld leeg</translation>
    </message>
    <message>
        <source>F4, Space or Enter opens the list</source>
        <translation>F4, Spatie of Enter opent de lijst</translation>
    </message>
    <message>
        <source>Choose from the list (F4)</source>
        <translation>Kiezen uit de lijst (F4)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the field (Delete)</source>
        <translation>Het veld leegmaken (Delete)</translation>
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
        <translation>Kies een UI-extensieversie</translation>
    </message>
    <message>
        <source>Choose a service instance</source>
        <translation>Kies een service-instantie</translation>
    </message>
    <message>
        <source>Filter by name, version or ID (#123)</source>
        <translation>Filteren op naam, versie of ID (#123)</translation>
    </message>
    <message>
        <source>Filter by name or ID (#123)</source>
        <translation>Filteren op naam of ID (#123)</translation>
    </message>
    <message>
        <source>Filter UI extension versions</source>
        <translation>UI-extensieversies filteren</translation>
    </message>
    <message>
        <source>Filter service instances</source>
        <translation>Service-instanties filteren</translation>
    </message>
    <message>
        <source>UI extension versions</source>
        <translation>UI-extensieversies</translation>
    </message>
    <message>
        <source>Service instances</source>
        <translation>Service-instanties</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Ask again for the page that failed (F5)</source>
        <translation>De mislukte pagina opnieuw opvragen (F5)</translation>
    </message>
    <message>
        <source>Searching every page…</source>
        <translation>Elke pagina wordt doorzocht…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API</source>
        <comment>reference chooser: rate limit or retry</comment>
        <translation>
            <numerusform>%n s wachten op de API</numerusform>
            <numerusform>%n s wachten op de API</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to choose from</source>
        <translation>Niets om uit te kiezen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 van %2 geladen</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>Esc closes</source>
        <translation>Esc sluit</translation>
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
            <numerusform>%Ln treffer</numerusform>
            <numerusform>%Ln treffers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::SaveReviewDialog</name>
    <message>
        <source>Review the changes before every save</source>
        <translation>De wijzigingen vóór elke keer opslaan controleren</translation>
    </message>
    <message>
        <source>Create this offering?</source>
        <translation>Deze aanbieding aanmaken?</translation>
    </message>
    <message>
        <source>Save these changes?</source>
        <translation>Deze wijzigingen opslaan?</translation>
    </message>
    <message>
        <source>A new offering is created with these values (POST):</source>
        <translation>Er wordt een nieuwe aanbieding aangemaakt met deze waarden (POST):</translation>
    </message>
    <message>
        <source>Only these fields are sent (PATCH); everything else stays as the server has it:</source>
        <translation>Alleen deze velden worden verstuurd (PATCH); al het andere blijft zoals de server het heeft:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Na het opslaan</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Send it over plain &amp;http anyway</source>
        <translation>Toch via gewone &amp;http versturen</translation>
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
        <translation>Er is geen token bewaard in %1 voor %2.</translation>
    </message>
    <message>
        <source>No keychain service is running, so the token cannot be kept safely. Use the token for this session only, or start a keychain (such as GNOME Keyring or KWallet) and retry.</source>
        <translation>Er draait geen sleutelhangerdienst, dus het token kan niet veilig worden bewaard. Gebruik het token alleen voor deze sessie, of start een sleutelhanger (zoals GNOME Keyring of KWallet) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The token could not be used because %1 is locked or refused access. Unlock it and retry, or use the token for this session only.</source>
        <translation>Het token kon niet worden gebruikt omdat %1 vergrendeld is of de toegang weigerde. Ontgrendel hem en probeer het opnieuw, of gebruik het token alleen voor deze sessie.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (it may be locked or waiting for a password prompt). Unlock it and retry, or use the token for this session only.</source>
        <translation>Geen antwoord van %1 binnen %2 s (misschien vergrendeld of wachtend op een wachtwoordvraag). Ontgrendel de sleutelhanger en probeer het opnieuw, of gebruik het token alleen voor deze sessie.</translation>
    </message>
    <message>
        <source>The token could not be read from %1.</source>
        <translation>Het token kon niet uit %1 worden gelezen.</translation>
    </message>
    <message>
        <source>The token could not be saved in %1.</source>
        <translation>Het token kon niet in %1 worden bewaard.</translation>
    </message>
    <message>
        <source>The token could not be removed from %1.</source>
        <translation>Het token kon niet uit %1 worden verwijderd.</translation>
    </message>
    <message>
        <source>%1 It reported: %2</source>
        <translation>%1 Melding: %2</translation>
    </message>
</context>
<context>
    <name>pc::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>Stops the sync; what arrived is kept</source>
        <translation>Stopt de synchronisatie; wat binnen is, blijft</translation>
    </message>
    <message>
        <source>Syncs the local copy again</source>
        <translation>Synchroniseert de lokale kopie opnieuw</translation>
    </message>
    <message>
        <source>Hides the message about the local copy</source>
        <translation>Verbergt de melding over de lokale kopie</translation>
    </message>
    <message>
        <source>Check for deleted records?</source>
        <translation>Zoeken naar verwijderde records?</translation>
    </message>
    <message>
        <source>Finding the offerings deleted on the server takes about %1 requests, more than the %2 this console spends of the hour&apos;s quota without asking.</source>
        <translation>Het vinden van de op de server verwijderde aanbiedingen kost ongeveer %1 verzoeken, meer dan de %2 die deze console zonder te vragen van het uurquotum gebruikt.</translation>
    </message>
    <message>
        <source>Finding the instances deleted on the server takes about %1 requests, more than the %2 this console spends of the hour&apos;s quota without asking.</source>
        <translation>Het vinden van de op de server verwijderde instanties kost ongeveer %1 verzoeken, meer dan de %2 die deze console zonder te vragen van het uurquotum gebruikt.</translation>
    </message>
    <message>
        <source>Other work with the API (and other consoles on this token) may have to wait for the quota while it runs. Until then, deleted records stay in the local copy.</source>
        <translation>Ander werk met de API (en andere consoles met dit token) moet intussen misschien op het quotum wachten. Tot dan blijven verwijderde records in de lokale kopie.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Nu &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Niet nu</translation>
    </message>
</context>
<context>
    <name>pc::TableExport</name>
    <message>
        <source>The table was closed before the export ended.</source>
        <translation>De tabel werd gesloten voordat de export klaar was.</translation>
    </message>
</context>
<context>
    <name>pc::TokenDialog</name>
    <message>
        <source>Save to &amp;keychain</source>
        <translation>In de &amp;sleutelhanger bewaren</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Alleen voor deze s&amp;essie gebruiken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The API token was refused</source>
        <translation>Het API-token is geweigerd</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server refused the API token of %1.&lt;/b&gt; It may have been revoked or may have expired. Paste a new one to go on: what stopped loading resumes where it stopped, and nothing loaded so far is lost.</source>
        <translation>&lt;b&gt;De server weigerde het API-token van %1.&lt;/b&gt; Misschien is het ingetrokken of verlopen. Plak een nieuw token om verder te gaan: wat stopte met laden, gaat verder waar het stopte, en niets van wat al geladen is, gaat verloren.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server zei: %1</translation>
    </message>
    <message>
        <source>Changes that were refused are not sent again by themselves: use their Retry once the new token is in.</source>
        <translation>Geweigerde wijzigingen worden niet vanzelf opnieuw verstuurd: gebruik hun Opnieuw proberen zodra het nieuwe token is ingevoerd.</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Nieuw API-token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The token contains a line break or another control character: paste it again without them.</source>
        <translation>Het token bevat een regeleinde of een ander stuurteken: plak het opnieuw zonder.</translation>
    </message>
</context>
<context>
    <name>pc::TokenRecovery</name>
    <message>
        <source>The API token stays refused. File → Enter a new API token… asks again.</source>
        <translation>Het API-token blijft geweigerd. Bestand → Nieuw API-token invoeren… vraagt het opnieuw.</translation>
    </message>
    <message>
        <source>The new API token is in use.</source>
        <translation>Het nieuwe API-token is in gebruik.</translation>
    </message>
</context>
<context>
    <name>pc::VisitChangesModel</name>
    <message>
        <source>Enter opens the record</source>
        <translation>Enter opent het record</translation>
    </message>
    <message>
        <source>The record is gone</source>
        <translation>Het record bestaat niet meer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat er is gewijzigd</translation>
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
        <translation>Beheer je app-aanbiedingen en hun instanties in 4me, vanaf het toetsenbord.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>De &amp;demo proberen</translation>
    </message>
    <message>
        <source>the built-in sandbox, no account needed</source>
        <translation>de ingebouwde sandbox, geen account nodig</translation>
    </message>
    <message>
        <source>&amp;Connect to 4me</source>
        <translation>&amp;Verbinden met 4me</translation>
    </message>
    <message>
        <source>your account and an API token</source>
        <translation>je account en een API-token</translation>
    </message>
    <message>
        <source>Or open a &amp;profile:</source>
        <translation>Of open een &amp;profiel:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>account %1 · %2</source>
        <translation>account %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
</context>
<context>
    <name>pc::program::ApiWalkExport</name>
    <message>
        <source>%1: %2 of %3 records</source>
        <translation>%1: %2 van %3 records</translation>
    </message>
</context>
<context>
    <name>pc::program::HeadlessRun</name>
    <message>
        <source>No command was given (see --help).</source>
        <translation>Er is geen opdracht gegeven (zie --help).</translation>
    </message>
    <message>
        <source>The profile %1 keeps no local copy (&quot;Keep a local copy&quot; is off), so there is nothing to sync. Export walks the API instead.</source>
        <translation>Het profiel %1 houdt geen lokale kopie bij („Een lokale kopie bewaren” staat uit), dus er valt niets te synchroniseren. Export leest dan de API.</translation>
    </message>
    <message>
        <source>The profile %1 keeps no local copy (&quot;Keep a local copy&quot; is off), so nothing can be exported offline.</source>
        <translation>Het profiel %1 houdt geen lokale kopie bij („Een lokale kopie bewaren” staat uit), dus er kan niets offline worden geëxporteerd.</translation>
    </message>
    <message>
        <source>No API token is stored for the profile %1: set PROVIDER_CONSOLE_TOKEN, or connect once in the console to keep one in the keychain.</source>
        <translation>Er is geen API-token bewaard voor het profiel %1: zet PROVIDER_CONSOLE_TOKEN, of maak één keer verbinding in de console om er een in de sleutelhanger te bewaren.</translation>
    </message>
    <message>
        <source>The API token could not be read from the keychain: %1</source>
        <translation>Het API-token kon niet uit de sleutelhanger worden gelezen: %1</translation>
    </message>
    <message>
        <source>There is no local copy of %1 on this computer: run provider-console sync first, or export without --offline.</source>
        <translation>Er is geen lokale kopie van %1 op deze computer: voer eerst provider-console sync uit, of exporteer zonder --offline.</translation>
    </message>
    <message>
        <source>The local copy could not be opened: %1</source>
        <translation>De lokale kopie kon niet worden geopend: %1</translation>
    </message>
    <message>
        <source>%1 Exporting what the local copy holds now.</source>
        <translation>%1 Wat de lokale kopie nu bevat, wordt geëxporteerd.</translation>
    </message>
    <message>
        <source>The local copy of %1 holds no %2 yet: run provider-console sync first.</source>
        <translation>De lokale kopie van %1 bevat nog geen %2: voer eerst provider-console sync uit.</translation>
    </message>
    <message>
        <source>The local copy of %1 is not complete yet (its first copy was interrupted); exporting the %2 records it holds.</source>
        <translation>De lokale kopie van %1 is nog niet volledig (de eerste kopie werd onderbroken); de %2 records die ze bevat worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Exported %1 (%2 records) to %3.</source>
        <translation>%1 geëxporteerd (%2 records) naar %3.</translation>
    </message>
    <message>
        <source>The proxy password could not be read from the keychain: %1</source>
        <translation>Het proxywachtwoord kon niet uit de sleutelhanger worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>pc::program::HeadlessSync</name>
    <message>
        <source>The sync could not start.</source>
        <translation>De synchronisatie kon niet starten.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1: first copy, %2 records</source>
        <translation>%1: eerste kopie, %2 records</translation>
    </message>
    <message>
        <source>%1: changes, %2 records</source>
        <translation>%1: wijzigingen, %2 records</translation>
    </message>
    <message>
        <source>%1: looking for deleted records, %2 ids</source>
        <translation>%1: zoeken naar verwijderde records, %2 id&apos;s</translation>
    </message>
    <message>
        <source>Looking for deleted %1 was skipped: it would take about %2 requests, more than the %3 allowed without asking. Run provider-console sync --full to do it now.</source>
        <translation>Het zoeken naar verwijderde %1 is overgeslagen: het zou ongeveer %2 verzoeken kosten, meer dan de %3 die zonder vragen zijn toegestaan. Voer provider-console sync --full uit om het nu te doen.</translation>
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
