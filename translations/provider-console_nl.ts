<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>De server antwoordde niet op tijd. Controleer je netwerkverbinding en probeer het opnieuw.</translation>
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
        <translation>De API is tijdelijk niet beschikbaar (503). Probeer het zo opnieuw.</translation>
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
        <translation>Draai op de ingebouwde sandbox (geen account nodig).</translation>
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
        <source>No --api-url given: starting on the built-in demo sandbox (see --help).</source>
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
        <source>%1 @ demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account is required with --api-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the API token in the environment variable PROVIDER_CONSOLE_TOKEN.</source>
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
</context>
<context>
    <name>pc::MainWindow</name>
    <message>
        <source>offerings</source>
        <translation>aanbiedingen</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>instanties</translation>
    </message>
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
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
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
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>pc::RecordView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>%1 of %2 %3 loaded</source>
        <translation>%1 van %2 %3 geladen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 laden…</translation>
    </message>
    <message>
        <source>%1 %2 loaded</source>
        <translation>%1 %2 geladen</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(bezig met laden…)</translation>
    </message>
    <message>
        <source>(the server caps this collection at 100,000 records)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
