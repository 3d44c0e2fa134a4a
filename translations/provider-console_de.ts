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
        <source>At most 2,048 characters.</source>
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
        <source>Plain text, at most 64 KB.</source>
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
        <source>%1 is too long: %2 characters, at most %3.</source>
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
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>The file could not be written: %1</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
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
        <source>The server&apos;s answer was not a record.</source>
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
        <source>Journal: %1 writes</source>
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
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server caps this collection at 100,000 records, so the export may not hold every record; narrow it with a filter.</source>
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
        <source>Exported %1 rows to %2</source>
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
        <source>Exported the journal to %1</source>
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
        <translation type="unfinished"></translation>
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
        <source>Sorted locally: %1 loaded rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter looks only at the %1 loaded rows.</source>
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
    <message numerus="yes">
        <source>%n minute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>%1 of %2 offerings loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 instances loaded</source>
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
        <source>%1 offerings loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instances loaded</source>
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
        <source>%1 instances of %2 found in %3 of %4 scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
