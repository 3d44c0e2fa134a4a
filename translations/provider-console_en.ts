<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionJournal</name>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>The journal %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The journal %1 could not be written: %2</source>
        <translation>The journal %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>AdoptionChart</name>
    <message>
        <source>Adoption over time</source>
        <translation>Adoption over time</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The API URL is empty. Enter it like https://api.xurrent.com/v1.</source>
        <translation>The API URL is empty. Enter it like https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>"%1" is not a valid URL. Enter it like https://api.xurrent.com/v1.</source>
        <translation>"%1" is not a valid URL. Enter it like https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>The API URL must start with https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost); use https:// for %1 so the API token is never sent unencrypted.</source>
        <translation>Plain http:// is only allowed for this computer (localhost); use https:// for %1 so the API token is never sent unencrypted.</translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password; the token is entered separately.</source>
        <translation>The API URL must not contain a user name or password; the token is entered separately.</translation>
    </message>
    <message>
        <source>The API URL must not contain a query (?…) or a fragment (#…).</source>
        <translation>The API URL must not contain a query (?…) or a fragment (#…).</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The API token or account id contains a line break or another control character. Paste it again without them.</source>
        <translation>The API token or account id contains a line break or another control character. Paste it again without them.</translation>
    </message>
    <message>
        <source>Nothing was changed: this profile is read-only. Edit the profile to allow changes.</source>
        <translation>Nothing was changed: this profile is read-only. Edit the profile to allow changes.</translation>
    </message>
    <message>
        <source>The request for %1 was not sent: it is not on the API host, and your API token goes nowhere else.</source>
        <translation>The request for %1 was not sent: it is not on the API host, and your API token goes nowhere else.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) without a valid target.</source>
        <translation>The server answered with a redirect (%1) without a valid target.</translation>
    </message>
    <message>
        <source>The server redirected to another host (%1). Nothing was sent there, to keep your API token safe.</source>
        <translation>The server redirected to another host (%1). Nothing was sent there, to keep your API token safe.</translation>
    </message>
    <message>
        <source>The server answered the change with a redirect (%1); it was not sent again. Reload the record to see whether it was applied.</source>
        <translation>The server answered the change with a redirect (%1); it was not sent again. Reload the record to see whether it was applied.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>The server redirected too many times.</translation>
    </message>
    <message>
        <source>The server sent an empty answer where data was expected.</source>
        <translation>The server sent an empty answer where data was expected.</translation>
    </message>
    <message>
        <source>The server's answer could not be read: it is not valid JSON (%1 at byte %2).</source>
        <translation>The server's answer could not be read: it is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The API rate limit was reached, and the server asks to wait %1 s, longer than this request may wait. Try again after %2.</source>
        <translation>The API rate limit was reached, and the server asks to wait %1 s, longer than this request may wait. Try again after %2.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>The server said: %1</translation>
    </message>
    <message>
        <source>The server's answer did not arrive, so the record may or may not have been created. Check the list before trying again.</source>
        <translation>The server's answer did not arrive, so the record may or may not have been created. Check the list before trying again.</translation>
    </message>
    <message>
        <source>The server's answer did not arrive, so the change may or may not have been applied. Reload the record to see its state.</source>
        <translation>The server's answer did not arrive, so the change may or may not have been applied. Reload the record to see its state.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>The server did not answer in time. Check your network connection and try again.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (%1). The request was not sent.</source>
        <translation>A secure connection to the server could not be established (%1). The request was not sent.</translation>
    </message>
    <message>
        <source>The server's name could not be found (DNS). Check the API URL and your network connection.</source>
        <translation>The server's name could not be found (DNS). Check the API URL and your network connection.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API URL, or whether the server is running.</source>
        <translation>The server refused the connection. Check the API URL, or whether the server is running.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>The server closed the connection before the answer was complete.</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy settings.</source>
        <translation>The proxy failed: %1. Check the proxy settings.</translation>
    </message>
    <message>
        <source>The network request failed: %1.</source>
        <translation>The network request failed: %1.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (400).</source>
        <translation>The server rejected the request as invalid (400).</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>The server rejected the request: %1</translation>
    </message>
    <message>
        <source>The API token was not accepted for this account (401). It may be wrong, expired or revoked, or the account id may be wrong.</source>
        <translation>The API token was not accepted for this account (401). It may be wrong, expired or revoked, or the account id may be wrong.</translation>
    </message>
    <message>
        <source>The token is valid but not allowed to do this (403). Check the token's scopes and your roles in the account.</source>
        <translation>The token is valid but not allowed to do this (403). Check the token's scopes and your roles in the account.</translation>
    </message>
    <message>
        <source>The record or collection was not found (404). It may have been deleted, or the server does not offer it.</source>
        <translation>The record or collection was not found (404). It may have been deleted, or the server does not offer it.</translation>
    </message>
    <message>
        <source>The server did not accept the values (422).</source>
        <translation>The server did not accept the values (422).</translation>
    </message>
    <message>
        <source>The server did not accept the values: %1</source>
        <translation>The server did not accept the values: %1</translation>
    </message>
    <message>
        <source>The API rate limit was reached and waiting longer was not allowed. Try again later.</source>
        <translation>The API rate limit was reached and waiting longer was not allowed. Try again later.</translation>
    </message>
    <message>
        <source>A gateway between you and the API failed (%1). This is usually temporary; try again shortly.</source>
        <translation>A gateway between you and the API failed (%1). This is usually temporary; try again shortly.</translation>
    </message>
    <message>
        <source>The API is temporarily unavailable (503). Try again shortly.</source>
        <translation>The API is temporarily unavailable (503). Try again shortly.</translation>
    </message>
    <message>
        <source>The server had an internal error (%1). If it persists, contact 4me support.</source>
        <translation>The server had an internal error (%1). If it persists, contact 4me support.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect (%1).</source>
        <translation>The server answered with an unexpected redirect (%1).</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>The server refused the request (%1).</translation>
    </message>
    <message>
        <source>The server's answer was not a list of records.</source>
        <translation>The server's answer was not a list of records.</translation>
    </message>
    <message>
        <source>The server's next-page link points to another host (%1). Loading stopped and nothing was sent there, to keep your API token safe.</source>
        <translation>The server's next-page link points to another host (%1). Loading stopped and nothing was sent there, to keep your API token safe.</translation>
    </message>
    <message>
        <source>The server's next-page link points back to a page already loaded. Loading stopped to avoid an endless loop.</source>
        <translation>The server's next-page link points back to a page already loaded. Loading stopped to avoid an endless loop.</translation>
    </message>
    <message>
        <source>The proxy refused the user name or password (407), or needs them. Check the proxy's user and password in the profile.</source>
        <translation>The proxy refused the user name or password (407), or needs them. Check the proxy's user and password in the profile.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The drafts folder %1 could not be created.</source>
        <translation>The drafts folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>The draft could not be written: %1</translation>
    </message>
</context>
<context>
    <name>IndexDatabase</name>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>The folder %1 could not be made.</translation>
    </message>
    <message>
        <source>The file %1 could not be made: %2</source>
        <translation>The file %1 could not be made: %2</translation>
    </message>
    <message>
        <source>The local copy was written by a newer version of the console (schema %1); this version reads schema %2 at most. It is left as it is.</source>
        <translation>The local copy was written by a newer version of the console (schema %1); this version reads schema %2 at most. It is left as it is.</translation>
    </message>
    <message>
        <source>the file failed SQLite's check (%1)</source>
        <translation>the file failed SQLite's check (%1)</translation>
    </message>
    <message>
        <source>The local copy %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>The local copy %1 cannot be read (%2) and could not be moved aside.</translation>
    </message>
    <message>
        <source>The local copy of this connection's records could not be read (%1). It was moved aside to %2 and an empty one made; the next sync fills it again.</source>
        <translation>The local copy of this connection's records could not be read (%1). It was moved aside to %2 and an empty one made; the next sync fills it again.</translation>
    </message>
    <message>
        <source>The local copy is not open.</source>
        <translation>The local copy is not open.</translation>
    </message>
    <message>
        <source>The server sent a record without a valid id or updated_at (%1); nothing of its page was stored.</source>
        <translation>The server sent a record without a valid id or updated_at (%1); nothing of its page was stored.</translation>
    </message>
    <message>
        <source>The server sent a record that is not a JSON object; nothing of its page was stored.</source>
        <translation>The server sent a record that is not a JSON object; nothing of its page was stored.</translation>
    </message>
    <message>
        <source>Another console (process %1 on %2) is bringing this local copy up to date; this one reads it meanwhile.</source>
        <translation>Another console (process %1 on %2) is bringing this local copy up to date; this one reads it meanwhile.</translation>
    </message>
    <message>
        <source>The local copy %1 could not be removed.</source>
        <translation>The local copy %1 could not be removed.</translation>
    </message>
</context>
<context>
    <name>OfferingChart</name>
    <message>
        <source>Installs per offering</source>
        <translation>Installs per offering</translation>
    </message>
</context>
<context>
    <name>OfferingEdit</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Required, at most 128 characters.</translation>
    </message>
    <message>
        <source>Required, at most 161 characters, unique across all accounts. It can no longer change once the offering is published.</source>
        <translation>Required, at most 161 characters, unique across all accounts. It can no longer change once the offering is published.</translation>
    </message>
    <message>
        <source>Required: the service instance requests about this app are registered for.</source>
        <translation>Required: the service instance requests about this app are registered for.</translation>
    </message>
    <message>
        <source>Required: how the webhook's JWT is signed.</source>
        <translation>Required: how the webhook's JWT is signed.</translation>
    </message>
    <message>
        <source>At most 2 KB: 2,048 bytes in UTF-8.</source>
        <translation>At most 2 KB: 2,048 bytes in UTF-8.</translation>
    </message>
    <message>
        <source>In minutes (or hhh:mm).</source>
        <translation>In minutes (or hhh:mm).</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>An https URL of at most 255 characters; {account} becomes the customer's account id.</source>
        <translation>An https URL of at most 255 characters; {account} becomes the customer's account id.</translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation>At most 255 characters.</translation>
    </message>
    <message>
        <source>Plain text, at most 64 KB: 65,535 bytes in UTF-8.</source>
        <translation>Plain text, at most 64 KB: 65,535 bytes in UTF-8.</translation>
    </message>
    <message>
        <source>A link to the picture, or a data URL under 2 MB.</source>
        <translation>A link to the picture, or a data URL under 2 MB.</translation>
    </message>
    <message>
        <source>New customers can no longer install it; customers who have it can still update.</source>
        <translation>New customers can no longer install it; customers who have it can still update.</translation>
    </message>
    <message>
        <source>At most 30 characters.</source>
        <translation>At most 30 characters.</translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation>At most 128 characters.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service instance</translation>
    </message>
    <message>
        <source>JWT algorithm</source>
        <translation>JWT algorithm</translation>
    </message>
    <message>
        <source>Webhook URI template</source>
        <translation>Webhook URI template</translation>
    </message>
    <message>
        <source>JWT audience</source>
        <translation>JWT audience</translation>
    </message>
    <message>
        <source>Claim expires in</source>
        <translation>Claim expires in</translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation>UI extension version</translation>
    </message>
    <message>
        <source>Configuration URI template</source>
        <translation>Configuration URI template</translation>
    </message>
    <message>
        <source>Card description</source>
        <translation>Card description</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Picture URI</source>
        <translation>Picture URI</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Source ID</translation>
    </message>
    <message>
        <source>RSA using SHA-256</source>
        <translation>RSA using SHA-256</translation>
    </message>
    <message>
        <source>RSA using SHA-384</source>
        <translation>RSA using SHA-384</translation>
    </message>
    <message>
        <source>RSA using SHA-512</source>
        <translation>RSA using SHA-512</translation>
    </message>
    <message>
        <source>ECDSA using P-256 and SHA-256</source>
        <translation>ECDSA using P-256 and SHA-256</translation>
    </message>
    <message>
        <source>ECDSA using P-384 and SHA-384</source>
        <translation>ECDSA using P-384 and SHA-384</translation>
    </message>
    <message>
        <source>ECDSA using P-521 and SHA-512</source>
        <translation>ECDSA using P-521 and SHA-512</translation>
    </message>
    <message>
        <source>%1 is not a field of an app offering.</source>
        <translation>%1 is not a field of an app offering.</translation>
    </message>
    <message>
        <source>%1 can't be blank.</source>
        <translation>%1 can't be blank.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 must be yes or no.</translation>
    </message>
    <message>
        <source>%1: choose one from the list.</source>
        <translation>%1: choose one from the list.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of minutes.</source>
        <translation>%1 must be a whole number of minutes.</translation>
    </message>
    <message>
        <source>%1 must be a number of minutes, or hours:minutes like 1:30.</source>
        <translation>%1 must be a number of minutes, or hours:minutes like 1:30.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 must be one of %2.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <source>%1 must be a full URL, like https://example.com/hook?account={account}.</source>
        <translation>%1 must be a full URL, like https://example.com/hook?account={account}.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 must start with https://.</translation>
    </message>
    <message>
        <source>%1 must be a link starting with https:// (or a data URL).</source>
        <translation>%1 must be a link starting with https:// (or a data URL).</translation>
    </message>
    <message>
        <source>Required, a URL of at most 255 characters: https (plain http only after a warning); {account} becomes the customer's account id.</source>
        <translation>Required, a URL of at most 255 characters: https (plain http only after a warning); {account} becomes the customer's account id.</translation>
    </message>
    <message>
        <source>%1 must start with https:// (or http://).</source>
        <translation>%1 must start with https:// (or http://).</translation>
    </message>
    <message>
        <source>Plain http sends the webhook's payload and JWT unencrypted; 4me may refuse it.</source>
        <translation>Plain http sends the webhook's payload and JWT unencrypted; 4me may refuse it.</translation>
    </message>
</context>
<context>
    <name>OverviewData</name>
    <message numerus="yes">
        <source>Other (%n offering(s))</source>
        <translation>
            <numerusform>Other (%n offering)</numerusform>
            <numerusform>Other (%n offerings)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offering #%1</source>
        <translation>Offering #%1</translation>
    </message>
    <message>
        <source>No offering</source>
        <translation>No offering</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
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
        <translation>Custom</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Enter a name for the profile.</translation>
    </message>
    <message>
        <source>Enter the account id, for example wdc.</source>
        <translation>Enter the account id, for example wdc.</translation>
    </message>
    <message>
        <source>The account id "%1" must not contain spaces.</source>
        <translation>The account id "%1" must not contain spaces.</translation>
    </message>
    <message>
        <source>Enter the proxy's host name.</source>
        <translation>Enter the proxy's host name.</translation>
    </message>
    <message>
        <source>Enter the proxy's port (1 to 65535).</source>
        <translation>Enter the proxy's port (1 to 65535).</translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist.</source>
        <translation>The CA bundle %1 does not exist.</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo sandbox</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>RecordStateText</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Not enabled</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Disabled by the provider</source>
        <translation>Disabled by the provider</translation>
    </message>
    <message>
        <source>Suspended by the customer</source>
        <translation>Suspended by the customer</translation>
    </message>
    <message>
        <source>Not enabled by the customer</source>
        <translation>Not enabled by the customer</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
</context>
<context>
    <name>RecordsWriter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>The export could not be written: %1</translation>
    </message>
    <message>
        <source>The standard output could not be written: %1</source>
        <translation>The standard output could not be written: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 could not be opened for writing: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>SandboxText</name>
    <message>
        <source>Port to listen on (default 8080; 0 picks a free one).</source>
        <translation>Port to listen on (default 8080; 0 picks a free one).</translation>
    </message>
    <message>
        <source>Address to bind (default 127.0.0.1).</source>
        <translation>Address to bind (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Allow binding a non-loopback address (the token is well known!).</source>
        <translation>Allow binding a non-loopback address (the token is well known!).</translation>
    </message>
    <message>
        <source>Number of seeded app offerings.</source>
        <translation>Number of seeded app offerings.</translation>
    </message>
    <message>
        <source>Number of seeded app instances.</source>
        <translation>Number of seeded app instances.</translation>
    </message>
    <message>
        <source>Number of customer accounts.</source>
        <translation>Number of customer accounts.</translation>
    </message>
    <message>
        <source>Random seed of the data.</source>
        <translation>Random seed of the data.</translation>
    </message>
    <message>
        <source>The accepted Bearer token.</source>
        <translation>The accepted Bearer token.</translation>
    </message>
    <message>
        <source>The provider's account id.</source>
        <translation>The provider's account id.</translation>
    </message>
    <message>
        <source>Switch the burst limit (20 requests per 2 s) off.</source>
        <translation>Switch the burst limit (20 requests per 2 s) off.</translation>
    </message>
    <message>
        <source>Requests per rolling hour (0 = off).</source>
        <translation>Requests per rolling hour (0 = off).</translation>
    </message>
    <message>
        <source>Milliseconds added to every answer.</source>
        <translation>Milliseconds added to every answer.</translation>
    </message>
    <message>
        <source>Serve only /v1/integration_instances (an older server).</source>
        <translation>Serve only /v1/integration_instances (an older server).</translation>
    </message>
    <message>
        <source>Do not serve the legacy /v1/integration_instances.</source>
        <translation>Do not serve the legacy /v1/integration_instances.</translation>
    </message>
    <message>
        <source>The API to answer as: current (default), or 2021 (offerings sorted by reference, instances only at /integration_instances).</source>
        <translation>The API to answer as: current (default), or 2021 (offerings sorted by reference, instances only at /integration_instances).</translation>
    </message>
    <message>
        <source>GENERATION</source>
        <translation>GENERATION</translation>
    </message>
    <message>
        <source>Serve HTTPS with this certificate (PEM); needs --tls-key.</source>
        <translation>Serve HTTPS with this certificate (PEM); needs --tls-key.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The private key (PEM) of --tls-cert.</source>
        <translation>The private key (PEM) of --tls-cert.</translation>
    </message>
    <message>
        <source>Inject a fault (repeatable); see the grammar above.</source>
        <translation>Inject a fault (repeatable); see the grammar above.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>A local emulator of the 4me / Xurrent REST API (app offerings and app instances).</source>
        <translation>A local emulator of the 4me / Xurrent REST API (app offerings and app instances).</translation>
    </message>
    <message>
        <source>--%1 needs a number &gt;= %2</source>
        <translation>--%1 needs a number &gt;= %2</translation>
    </message>
    <message>
        <source>--api-generation takes current or 2021, not %1</source>
        <translation>--api-generation takes current or 2021, not %1</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert and --tls-key go together</translation>
    </message>
    <message>
        <source>cannot read the address %1</source>
        <translation>cannot read the address %1</translation>
    </message>
    <message>
        <source>refusing to bind %1: the sandbox accepts a well-known token. Use --allow-remote if you mean it.</source>
        <translation>refusing to bind %1: the sandbox accepts a well-known token. Use --allow-remote if you mean it.</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>cannot listen on %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 (or cannot read the TLS certificate and key %2, %3)</source>
        <translation>cannot listen on %1 (or cannot read the TLS certificate and key %2, %3)</translation>
    </message>
    <message>
        <source>listening on %1 (account %2, token %3; %4 offerings, %5 instances, ready in %6 ms)</source>
        <translation>listening on %1 (account %2, token %3; %4 offerings, %5 instances, ready in %6 ms)</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %Ln character(s), at most %2.</source>
        <translation>
            <numerusform>%1 is too long: %Ln character, at most %2.</numerusform>
            <numerusform>%1 is too long: %Ln characters, at most %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long: %Ln byte(s) in UTF-8, at most %2 (a letter outside English takes two to four bytes).</source>
        <translation>
            <numerusform>%1 is too long: %Ln byte in UTF-8, at most %2 (a letter outside English takes two to four bytes).</numerusform>
            <numerusform>%1 is too long: %Ln bytes in UTF-8, at most %2 (a letter outside English takes two to four bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 bytes</source>
        <translation>%1 · %2 of %3 bytes</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>The server sent no certificate.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Issuer: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Valid from %1 until %2</translation>
    </message>
    <message>
        <source>The connection was refused because the server's certificate could not be trusted:</source>
        <translation>The connection was refused because the server's certificate could not be trusted:</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>unknown TLS error</translation>
    </message>
    <message>
        <source>If your network inspects TLS traffic, add your organisation's CA bundle to the profile. Do not connect if you did not expect this certificate.</source>
        <translation>If your network inspects TLS traffic, add your organisation's CA bundle to the profile. Do not connect if you did not expect this certificate.</translation>
    </message>
</context>
<context>
    <name>TransportConfig</name>
    <message>
        <source>No CA bundle file is given.</source>
        <translation>No CA bundle file is given.</translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist. Choose the PEM file your IT department provides, or clear the setting.</source>
        <translation>The CA bundle %1 does not exist. Choose the PEM file your IT department provides, or clear the setting.</translation>
    </message>
    <message>
        <source>The CA bundle %1 is not a file.</source>
        <translation>The CA bundle %1 is not a file.</translation>
    </message>
    <message>
        <source>The CA bundle %1 is too large to be a certificate bundle.</source>
        <translation>The CA bundle %1 is too large to be a certificate bundle.</translation>
    </message>
    <message>
        <source>The CA bundle %1 could not be read: %2</source>
        <translation>The CA bundle %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 contains no certificates. It must be a PEM file with one or more "-----BEGIN CERTIFICATE-----" blocks.</source>
        <translation>The CA bundle %1 contains no certificates. It must be a PEM file with one or more "-----BEGIN CERTIFICATE-----" blocks.</translation>
    </message>
</context>
<context>
    <name>VisitChanges</name>
    <message>
        <source>Offering #%1</source>
        <translation>Offering #%1</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Uninstalled</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Enabled again</source>
        <translation>Enabled again</translation>
    </message>
    <message>
        <source>Enabled by the customer</source>
        <translation>Enabled by the customer</translation>
    </message>
    <message>
        <source>No longer enabled by the customer</source>
        <translation>No longer enabled by the customer</translation>
    </message>
    <message>
        <source>New offering</source>
        <translation>New offering</translation>
    </message>
    <message>
        <source>Offering changed</source>
        <translation>Offering changed</translation>
    </message>
    <message>
        <source>Offering removed</source>
        <translation>Offering removed</translation>
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
        <translation>no customer</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> (“%1”)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PROVIDER_CONSOLE_TOKEN is only used with --profile or --api-url; ignoring it.</source>
        <translation>PROVIDER_CONSOLE_TOKEN is only used with --profile or --api-url; ignoring it.</translation>
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
        <translation>Commands, for scripts (no window, no display needed; exit code 0 on success, 1 on failure with one
line on standard error, 2 for a usage error):
  sync [offerings|instances] [--full]
      Bring the local copy of the connection up to date (both collections by default);
      a one-line summary on success.
  export offerings|instances [--format csv|json] [--output FILE] [--offline]
      Bring the local copy up to date, then write every record it holds. A profile that
      keeps no local copy is exported straight from the API, nothing stored (and
      --offline is refused for it).
The connection: --profile NAME, or --api-url URL --account ID.</translation>
    </message>
    <message>
        <source>There is no collection "%1": name offerings or instances.</source>
        <translation>There is no collection "%1": name offerings or instances.</translation>
    </message>
    <message>
        <source>--%1 goes with a command: sync or export (see --help).</source>
        <translation>--%1 goes with a command: sync or export (see --help).</translation>
    </message>
    <message>
        <source>--%1 does not go with %2 (see --help).</source>
        <translation>--%1 does not go with %2 (see --help).</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox (no account needed).</source>
        <translation>Run on the built-in sandbox (no account needed).</translation>
    </message>
    <message>
        <source>Number of app instances in the demo sandbox.</source>
        <translation>Number of app instances in the demo sandbox.</translation>
    </message>
    <message>
        <source>The API base URL, e.g. https://api.xurrent.com/v1.</source>
        <translation>The API base URL, e.g. https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>The account id, e.g. wdc.</source>
        <translation>The account id, e.g. wdc.</translation>
    </message>
    <message>
        <source>Save the window to a PNG once the first pages are shown, then quit.</source>
        <translation>Save the window to a PNG once the first pages are shown, then quit.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Open the saved profile NAME.</source>
        <translation>Open the saved profile NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Make no changes: every write action is disabled.</source>
        <translation>Make no changes: every write action is disabled.</translation>
    </message>
    <message>
        <source>The area to show first: overview, offerings, instances or journal.</source>
        <translation>The area to show first: overview, offerings, instances or journal.</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>AREA</translation>
    </message>
    <message>
        <source>Use a dark palette, whatever the desktop's (for screenshots).</source>
        <translation>Use a dark palette, whatever the desktop's (for screenshots).</translation>
    </message>
    <message>
        <source>Print when the first rows of the area shown are painted, then quit (for benchmarks).</source>
        <translation>Print when the first rows of the area shown are painted, then quit (for benchmarks).</translation>
    </message>
    <message>
        <source>sync: also look for deleted records now (every id is listed), even when that takes more than the usual share of the hour's quota.</source>
        <translation>sync: also look for deleted records now (every id is listed), even when that takes more than the usual share of the hour's quota.</translation>
    </message>
    <message>
        <source>export: csv (the columns the console's Export writes) or json (every record whole, with the API's field names). Default: the --output file's extension, otherwise csv.</source>
        <translation>export: csv (the columns the console's Export writes) or json (every record whole, with the API's field names). Default: the --output file's extension, otherwise csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: write to FILE (replaced only once complete) instead of standard output.</source>
        <translation>export: write to FILE (replaced only once complete) instead of standard output.</translation>
    </message>
    <message>
        <source>export: send nothing; write what the local copy holds.</source>
        <translation>export: send nothing; write what the local copy holds.</translation>
    </message>
    <message>
        <source>A desktop console for 4me / Xurrent app providers.

The API token is read from the environment variable PROVIDER_CONSOLE_TOKEN;
it is never accepted on the command line, where other users could read it.</source>
        <translation>A desktop console for 4me / Xurrent app providers.

The API token is read from the environment variable PROVIDER_CONSOLE_TOKEN;
it is never accepted on the command line, where other users could read it.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>sync or export, with what they take (see Commands above).</source>
        <translation>sync or export, with what they take (see Commands above).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>There is no profile named "%1". Profiles: %2.</source>
        <translation>There is no profile named "%1". Profiles: %2.</translation>
    </message>
    <message>
        <source>The API token is not accepted on the command line, where other users can read it. Set PROVIDER_CONSOLE_TOKEN in the environment instead.</source>
        <translation>The API token is not accepted on the command line, where other users can read it. Set PROVIDER_CONSOLE_TOKEN in the environment instead.</translation>
    </message>
    <message>
        <source>--demo-instances takes a number from 0 to 1000000.</source>
        <translation>--demo-instances takes a number from 0 to 1000000.</translation>
    </message>
    <message>
        <source>--view takes overview, offerings, instances or journal.</source>
        <translation>--view takes overview, offerings, instances or journal.</translation>
    </message>
    <message>
        <source>sync takes one collection at most: offerings or instances.</source>
        <translation>sync takes one collection at most: offerings or instances.</translation>
    </message>
    <message>
        <source>There is no command "%1": sync or export (see --help).</source>
        <translation>There is no command "%1": sync or export (see --help).</translation>
    </message>
    <message>
        <source>%1 needs a connection: --profile NAME, or --api-url URL with --account ID.</source>
        <translation>%1 needs a connection: --profile NAME, or --api-url URL with --account ID.</translation>
    </message>
    <message>
        <source>export takes one collection: offerings or instances.</source>
        <translation>export takes one collection: offerings or instances.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output needs a file name.</translation>
    </message>
    <message>
        <source>--format takes csv or json.</source>
        <translation>--format takes csv or json.</translation>
    </message>
    <message>
        <source>--account is required with --api-url.</source>
        <translation>--account is required with --api-url.</translation>
    </message>
    <message>
        <source>Set the API token in the environment variable PROVIDER_CONSOLE_TOKEN, or save a profile (start without options) to keep it in the keychain.</source>
        <translation>Set the API token in the environment variable PROVIDER_CONSOLE_TOKEN, or save a profile (start without options) to keep it in the keychain.</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>The demo sandbox could not listen on 127.0.0.1.</translation>
    </message>
    <message>
        <source>offerings</source>
        <translation>offerings</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>instances</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Could not write the screenshot to %1.</translation>
    </message>
    <message>
        <source>Timed out waiting for the first pages.</source>
        <translation>Timed out waiting for the first pages.</translation>
    </message>
    <message>
        <source>--report-first-paint: no view shows the offerings.</source>
        <translation>--report-first-paint: no view shows the offerings.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (built with Qt %2)</translation>
    </message>
    <message>
        <source>Git revision: %1</source>
        <translation>Git revision: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>pc::AdoptionModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installs</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Running total</translation>
    </message>
</context>
<context>
    <name>pc::ApiCall</name>
    <message>
        <source>The connection to %1 was refused because its certificate is not trusted; nothing was sent.
%2</source>
        <translation>The connection to %1 was refused because its certificate is not trusted; nothing was sent.
%2</translation>
    </message>
</context>
<context>
    <name>pc::AppController</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
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
        <translation>CUSTOM</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>The demo could not start</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>No API token is stored for the profile %1 yet. Paste it to connect.</source>
        <translation>No API token is stored for the profile %1 yet. Paste it to connect.</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>The keychain is not available</translation>
    </message>
    <message>
        <source>The API token of the profile “%1” could not be read from the keychain.</source>
        <translation>The API token of the profile “%1” could not be read from the keychain.</translation>
    </message>
    <message>
        <source>A token entered for this session is kept in memory only and forgotten when the console closes.</source>
        <translation>A token entered for this session is kept in memory only and forgotten when the console closes.</translation>
    </message>
    <message>
        <source>&amp;Enter the token for this session</source>
        <translation>&amp;Enter the token for this session</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>API token for this session</source>
        <translation>API token for this session</translation>
    </message>
    <message>
        <source>The API token for %1 (%2). It is not stored anywhere.</source>
        <translation>The API token for %1 (%2). It is not stored anywhere.</translation>
    </message>
    <message>
        <source>The CA bundle could not be used</source>
        <translation>The CA bundle could not be used</translation>
    </message>
    <message>
        <source>The new token of %1 could not be kept in the keychain (%2); it is used for this session only.</source>
        <translation>The new token of %1 could not be kept in the keychain (%2); it is used for this session only.</translation>
    </message>
    <message>
        <source>Switch profile — Provider Console</source>
        <translation>Switch profile — Provider Console</translation>
    </message>
    <message>
        <source>Welcome — Provider Console</source>
        <translation>Welcome — Provider Console</translation>
    </message>
</context>
<context>
    <name>pc::AreaExport</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
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
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported the journal to %1</source>
        <translation>Exported the journal to %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Loading every page before the export…</source>
        <translation>Loading every page before the export…</translation>
    </message>
    <message>
        <source>Export cancelled: not every page could be loaded.</source>
        <translation>Export cancelled: not every page could be loaded.</translation>
    </message>
    <message>
        <source>The server caps this collection at 100,000 records, so the export may not hold every record; narrow it with a filter.</source>
        <translation>The server caps this collection at 100,000 records, so the export may not hold every record; narrow it with a filter.</translation>
    </message>
    <message>
        <source>Export failed: another export is still being written. Try again once it has ended.</source>
        <translation>Export failed: another export is still being written. Try again once it has ended.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %L1 of %Ln row(s)…</source>
        <translation>
            <numerusform>Exporting: %L1 of %Ln row…</numerusform>
            <numerusform>Exporting: %L1 of %Ln rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
</context>
<context>
    <name>pc::BackgroundSaveFile</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>pc::CollectionSync</name>
    <message>
        <source>The server's newest record has no readable updated_at.</source>
        <translation>The server's newest record has no readable updated_at.</translation>
    </message>
</context>
<context>
    <name>pc::ColumnChooser</name>
    <message>
        <source>Choose and order columns…</source>
        <translation>Choose and order columns…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Space shows or hides a column; Alt+Up and Alt+Down move it.</source>
        <translation>Space shows or hides a column; Alt+Up and Alt+Down move it.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
</context>
<context>
    <name>pc::CommandPalette</name>
    <message>
        <source>No matching command</source>
        <translation>No matching command</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>Type a command…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
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
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Take the server's</source>
        <translation>&amp;Take the server's</translation>
    </message>
    <message>
        <source>&amp;Merge as chosen</source>
        <translation>&amp;Merge as chosen</translation>
    </message>
    <message>
        <source>Someone else changed this offering</source>
        <translation>Someone else changed this offering</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else after you opened it. Nothing of yours has been sent. Choose per field which version to keep; fields only they changed take their version.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; was saved by someone else after you opened it. Nothing of yours has been sent. Choose per field which version to keep; fields only they changed take their version.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <source>The server's now</source>
        <translation>The server's now</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Fields changed on both sides</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>The server's</source>
        <translation>The server's</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Keep for %1</translation>
    </message>
    <message>
        <source>The server's (only they changed it)</source>
        <translation>The server's (only they changed it)</translation>
    </message>
    <message>
        <source>Same change on both sides</source>
        <translation>Same change on both sides</translation>
    </message>
    <message>
        <source>Save your changes over theirs; fields only they changed keep their version.</source>
        <translation>Save your changes over theirs; fields only they changed keep their version.</translation>
    </message>
    <message>
        <source>Drop your changes and show the server's version.</source>
        <translation>Drop your changes and show the server's version.</translation>
    </message>
    <message>
        <source>Keep what the Keep column says, field by field.</source>
        <translation>Keep what the Keep column says, field by field.</translation>
    </message>
    <message>
        <source>Cancel keeps your form as it is; saving again shows this again.</source>
        <translation>Cancel keeps your form as it is; saving again shows this again.</translation>
    </message>
</context>
<context>
    <name>pc::ConnectDialog</name>
    <message>
        <source>Connect to 4me</source>
        <translation>Connect to 4me</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Asks the API who the token belongs to (GET /me), with exactly these settings.</source>
        <translation>Asks the API who the token belongs to (GET /me), with exactly these settings.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Checks the API URL, the account and the token before you save.</source>
        <translation>Checks the API URL, the account and the token before you save.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Edit profile %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leave empty to keep the stored token</translation>
    </message>
    <message>
        <source>Paste a personal access token from 4me: Settings → API tokens</source>
        <translation>Paste a personal access token from 4me: Settings → API tokens</translation>
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
        <translation>Network</translation>
    </message>
    <message>
        <source>e.g. wdc (Production)</source>
        <translation>e.g. wdc (Production)</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profile &amp;name:</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
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
        <translation>&amp;Brand:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>Custom API &amp;URL:</source>
        <translation>Custom API &amp;URL:</translation>
    </message>
    <message>
        <source>For a gateway in front of the API, or the local sandbox (http://127.0.0.1:PORT/v1; plain http only on this computer).</source>
        <translation>For a gateway in front of the API, or the local sandbox (http://127.0.0.1:PORT/v1; plain http only on this computer).</translation>
    </message>
    <message>
        <source>e.g. https://api.example.com/v1</source>
        <translation>e.g. https://api.example.com/v1</translation>
    </message>
    <message>
        <source>e.g. wdc</source>
        <translation>e.g. wdc</translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation>&amp;Account id:</translation>
    </message>
    <message>
        <source>The first part of your 4me address: wdc in wdc.xurrent.com.</source>
        <translation>The first part of your 4me address: wdc in wdc.xurrent.com.</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Show or hide the token</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API to&amp;ken:</translation>
    </message>
    <message>
        <source>Create one in 4me under Settings → API tokens (personal access tokens). It is kept in the system keychain, never in a file.</source>
        <translation>Create one in 4me under Settings → API tokens (personal access tokens). It is kept in the system keychain, never in a file.</translation>
    </message>
    <message>
        <source>Read-&amp;only (no writes from this console)</source>
        <translation>Read-&amp;only (no writes from this console)</translation>
    </message>
    <message>
        <source>Keep a local copy of the offerings an&amp;d instances</source>
        <translation>Keep a local copy of the offerings an&amp;d instances</translation>
    </message>
    <message>
        <source>A file on this computer with every offering and instance of the account: the tables open with all rows at once and only changes are fetched. Turn it off where local copies of customer data are not allowed.</source>
        <translation>A file on this computer with every offering and instance of the account: the tables open with all rows at once and only changes are fetched. Turn it off where local copies of customer data are not allowed.</translation>
    </message>
    <message>
        <source>&amp;Forget local data…</source>
        <translation>&amp;Forget local data…</translation>
    </message>
    <message>
        <source>Removes the local copy of this profile from this computer</source>
        <translation>Removes the local copy of this profile from this computer</translation>
    </message>
    <message>
        <source>Kept in the application's data folder, never with the token.</source>
        <translation>Kept in the application's data folder, never with the token.</translation>
    </message>
    <message>
        <source>No local copy on this computer.</source>
        <translation>No local copy on this computer.</translation>
    </message>
    <message>
        <source>On this computer: %1, last synced %2.</source>
        <translation>On this computer: %1, last synced %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Forget the local copy of %1?</source>
        <translation>Forget the local copy of %1?</translation>
    </message>
    <message>
        <source>The file with the offerings and instances of %1 is removed from this computer now. Nothing changes on the server.</source>
        <translation>The file with the offerings and instances of %1 is removed from this computer now. Nothing changes on the server.</translation>
    </message>
    <message>
        <source>With “Keep a local copy” on, a new copy is made the next time this profile is opened.</source>
        <translation>With “Keep a local copy” on, a new copy is made the next time this profile is opened.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Forget</translation>
    </message>
    <message>
        <source>The local copy was removed.</source>
        <translation>The local copy was removed.</translation>
    </message>
    <message>
        <source>The local copy could not be removed: %1</source>
        <translation>The local copy could not be removed: %1</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>System settings</translation>
    </message>
    <message>
        <source>None (direct)</source>
        <translation>None (direct)</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 proxy</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy host</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy port</translation>
    </message>
    <message>
        <source>user (optional)</source>
        <translation>user (optional)</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy user</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>none: the system's trusted certificates</source>
        <translation>none: the system's trusted certificates</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA bundle:</translation>
    </message>
    <message>
        <source>Only where your company inspects encrypted traffic: a PEM file with its certificates, trusted in addition to the system's.</source>
        <translation>Only where your company inspects encrypted traffic: a PEM file with its certificates, trusted in addition to the system's.</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Choose a CA bundle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>The token could not be saved</source>
        <translation>The token could not be saved</translation>
    </message>
    <message>
        <source>Use the token for this session on&amp;ly</source>
        <translation>Use the token for this session on&amp;ly</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Retr&amp;y</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>Saving the token in the keychain…</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>No keychain is available.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>the keychain</translation>
    </message>
    <message>
        <source>The profile "%1" is saved, but its token could not be stored in %2.</source>
        <translation>The profile "%1" is saved, but its token could not be stored in %2.</translation>
    </message>
    <message>
        <source>The token is not written anywhere else. For this session only, it is kept in memory and forgotten when the console closes.</source>
        <translation>The token is not written anywhere else. For this session only, it is kept in memory and forgotten when the console closes.</translation>
    </message>
    <message>
        <source>Paste the API token first.</source>
        <translation>Paste the API token first.</translation>
    </message>
    <message>
        <source>Reading the stored token…</source>
        <translation>Reading the stored token…</translation>
    </message>
    <message>
        <source>The stored token could not be read: %1</source>
        <translation>The stored token could not be read: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
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
        <translation>API URL: %1</translation>
    </message>
    <message>
        <source>a profile name</source>
        <translation>a profile name</translation>
    </message>
    <message>
        <source>the account id</source>
        <translation>the account id</translation>
    </message>
    <message>
        <source>The API host or account changed, so the stored token does not apply: paste the token for account %1 on %2.</source>
        <translation>The API host or account changed, so the stored token does not apply: paste the token for account %1 on %2.</translation>
    </message>
    <message>
        <source>Paste the API token.</source>
        <translation>Paste the API token.</translation>
    </message>
    <message>
        <source>the API token</source>
        <translation>the API token</translation>
    </message>
    <message>
        <source>To save, enter %1.</source>
        <translation>To save, enter %1.</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show or hide the proxy password</source>
        <translation>Show or hide the proxy password</translation>
    </message>
    <message>
        <source>Pro&amp;xy password:</source>
        <translation>Pro&amp;xy password:</translation>
    </message>
    <message>
        <source>For a manual proxy that asks for a user name and password. It is kept in the system keychain with the token, never in a file.</source>
        <translation>For a manual proxy that asks for a user name and password. It is kept in the system keychain with the token, never in a file.</translation>
    </message>
    <message>
        <source>Saving the proxy password in the keychain…</source>
        <translation>Saving the proxy password in the keychain…</translation>
    </message>
    <message>
        <source>The proxy password could not be saved</source>
        <translation>The proxy password could not be saved</translation>
    </message>
    <message>
        <source>Use the password for this session on&amp;ly</source>
        <translation>Use the password for this session on&amp;ly</translation>
    </message>
    <message>
        <source>The profile "%1" is saved, but its proxy password could not be stored in %2.</source>
        <translation>The profile "%1" is saved, but its proxy password could not be stored in %2.</translation>
    </message>
    <message>
        <source>The proxy password (and the token, if you typed one) is not written anywhere else. For this session only, it is kept in memory and forgotten when the console closes.</source>
        <translation>The proxy password (and the token, if you typed one) is not written anywhere else. For this session only, it is kept in memory and forgotten when the console closes.</translation>
    </message>
    <message>
        <source>with a manual proxy and its user</source>
        <translation>with a manual proxy and its user</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leave empty to keep the stored password</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>only if the proxy asks for one</translation>
    </message>
</context>
<context>
    <name>pc::ConnectionTest</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). The network, a VPN or a proxy may be slow or block the connection; check them and test again.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. The network, a VPN or a proxy may be slow or block the connection; check them and test again.</numerusform>
            <numerusform>%1 did not answer within %n seconds. The network, a VPN or a proxy may be slow or block the connection; check them and test again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token does not give access to account "%1" on %2 (%3). Check the account id: it is the first part of your 4me address, like wdc in wdc.xurrent.com. Or use a token created in that account.</source>
        <translation>The token does not give access to account "%1" on %2 (%3). Check the account id: it is the first part of your 4me address, like wdc in wdc.xurrent.com. Or use a token created in that account.</translation>
    </message>
    <message>
        <source>The proxy %1:%2 failed: %3. Check the proxy's host, port and user under Network.</source>
        <translation>The proxy %1:%2 failed: %3. Check the proxy's host, port and user under Network.</translation>
    </message>
    <message>
        <source>The system's proxy failed: %1. Check your computer's proxy settings, or choose "None" or a manual proxy under Network.</source>
        <translation>The system's proxy failed: %1. Check your computer's proxy settings, or choose "None" or a manual proxy under Network.</translation>
    </message>
    <message>
        <source>The API token was not accepted (401): it may be mistyped, expired or revoked. Paste it again, or create a new one in 4me under Settings → API tokens.</source>
        <translation>The API token was not accepted (401): it may be mistyped, expired or revoked. Paste it again, or create a new one in 4me under Settings → API tokens.</translation>
    </message>
    <message>
        <source>The token is valid but lacks permission (403). It must be able to read App Offerings and App Instances in account "%1": give it those permissions in 4me (Settings → API tokens), or use the token of a person who may.</source>
        <translation>The token is valid but lacks permission (403). It must be able to read App Offerings and App Instances in account "%1": give it those permissions in 4me (Settings → API tokens), or use the token of a person who may.</translation>
    </message>
    <message>
        <source>%1 found nothing at %2 (404). Either account "%3" does not exist there, or the API URL is not right (it normally ends in /v1).</source>
        <translation>%1 found nothing at %2 (404). Either account "%3" does not exist there, or the API URL is not right (it normally ends in /v1).</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS). Check the API URL for typing errors, and your network connection or VPN.</source>
        <translation>The server name %1 could not be found (DNS). Check the API URL for typing errors, and your network connection or VPN.</translation>
    </message>
    <message>
        <source>No connection: %1 refused it on port %2. Check the API URL, and whether the server (or the local sandbox) is running.</source>
        <translation>No connection: %1 refused it on port %2. Check the API URL, and whether the server (or the local sandbox) is running.</translation>
    </message>
    <message>
        <source>No network: %1 could not be reached (%2). Check your network connection.</source>
        <translation>No network: %1 could not be reached (%2). Check your network connection.</translation>
    </message>
    <message>
        <source>A firewall or proxy may be in the way.</source>
        <translation>A firewall or proxy may be in the way.</translation>
    </message>
    <message>
        <source>If your company inspects encrypted traffic, choose its CA bundle under Network and test again. Certificate errors are never ignored.</source>
        <translation>If your company inspects encrypted traffic, choose its CA bundle under Network and test again. Certificate errors are never ignored.</translation>
    </message>
    <message>
        <source>Check that %1 is the API URL; it normally looks like https://api.xurrent.com/v1.</source>
        <translation>Check that %1 is the API URL; it normally looks like https://api.xurrent.com/v1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected: the token belongs to %1 on account %2.</source>
        <translation>Connected: the token belongs to %1 on account %2.</translation>
    </message>
    <message>
        <source>Connected: the token belongs to %1 (%2) on account %3.</source>
        <translation>Connected: the token belongs to %1 (%2) on account %3.</translation>
    </message>
    <message>
        <source>The proxy %1:%2 refused the user name or password (407). Check the proxy's user and password under Network.</source>
        <translation>The proxy %1:%2 refused the user name or password (407). Check the proxy's user and password under Network.</translation>
    </message>
</context>
<context>
    <name>pc::DetailPane</name>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copy as &amp;JSON</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Record details</translation>
    </message>
    <message>
        <source>Copy the whole record as JSON (%1)</source>
        <translation>Copy the whole record as JSON (%1)</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Close the details (Esc)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Close details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Press Enter on a row to see all its fields here.</source>
        <translation>Press Enter on a row to see all its fields here.</translation>
    </message>
    <message>
        <source>Loading offering #%1…</source>
        <translation>Loading offering #%1…</translation>
    </message>
    <message>
        <source>Loading instance #%1…</source>
        <translation>Loading instance #%1…</translation>
    </message>
    <message>
        <source>Could not load offering #%1.</source>
        <translation>Could not load offering #%1.</translation>
    </message>
    <message>
        <source>Could not load instance #%1.</source>
        <translation>Could not load instance #%1.</translation>
    </message>
    <message>
        <source>Below: offering #%1, shown earlier.</source>
        <translation>Below: offering #%1, shown earlier.</translation>
    </message>
    <message>
        <source>Below: instance #%1, shown earlier.</source>
        <translation>Below: instance #%1, shown earlier.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nothing to show.</translation>
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
        <translation>Enter shows them</translation>
    </message>
    <message>
        <source>%1 since your last visit. Enter shows them</source>
        <translation>%1 since your last visit. Enter shows them</translation>
    </message>
</context>
<context>
    <name>pc::FiguresModel</name>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Offerings</translation>
    </message>
    <message>
        <source>Published offerings</source>
        <translation>Published offerings</translation>
    </message>
    <message>
        <source>Draft offerings</source>
        <translation>Draft offerings</translation>
    </message>
    <message>
        <source>Disabled offerings</source>
        <translation>Disabled offerings</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Active instances</source>
        <translation>Active instances</translation>
    </message>
    <message>
        <source>Instances not enabled by the customer</source>
        <translation>Instances not enabled by the customer</translation>
    </message>
    <message>
        <source>Suspended instances</source>
        <translation>Suspended instances</translation>
    </message>
    <message>
        <source>Disabled instances</source>
        <translation>Disabled instances</translation>
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
        <translation>Figure</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Since last visit</source>
        <translation>Since last visit</translation>
    </message>
</context>
<context>
    <name>pc::IndexSync</name>
    <message numerus="yes">
        <source>Up to date: %1 new, %2 changed, %3 removed (%n request(s)).</source>
        <translation>
            <numerusform>Up to date: %1 new, %2 changed, %3 removed (%n request).</numerusform>
            <numerusform>Up to date: %1 new, %2 changed, %3 removed (%n requests).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another console took over bringing the local copy up to date.</source>
        <translation>Another console took over bringing the local copy up to date.</translation>
    </message>
    <message>
        <source>The local copy could not be locked for syncing: %1</source>
        <translation>The local copy could not be locked for syncing: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; what had arrived is kept.</source>
        <translation>Sync cancelled; what had arrived is kept.</translation>
    </message>
    <message>
        <source>The local copy could not be written: %1</source>
        <translation>The local copy could not be written: %1</translation>
    </message>
    <message>
        <source>Checking for deleted records needs your confirmation.</source>
        <translation>Checking for deleted records needs your confirmation.</translation>
    </message>
</context>
<context>
    <name>pc::InstanceActionDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspend instances</source>
        <translation>Suspend instances</translation>
    </message>
    <message>
        <source>Resume instances</source>
        <translation>Resume instances</translation>
    </message>
    <message>
        <source>Disable instances</source>
        <translation>Disable instances</translation>
    </message>
    <message>
        <source>Enable instances</source>
        <translation>Enable instances</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Retry &amp;failed</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Suspending switches off the instance's automation rules, webhook and app token in the customer's account. Either you or the customer can resume it.</source>
        <translation>Suspending switches off the instance's automation rules, webhook and app token in the customer's account. Either you or the customer can resume it.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspend</translation>
    </message>
    <message>
        <source>Resuming switches the instance back on, unless the customer or you disabled it. The suspension comment is kept.</source>
        <translation>Resuming switches the instance back on, unless the customer or you disabled it. The suspension comment is kept.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Disabling is your switch as the provider: it stops the instance's automation rules, webhook and app token in the customer's account until you enable it again.</source>
        <translation>Disabling is your switch as the provider: it stops the instance's automation rules, webhook and app token in the customer's account until you enable it again.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Enabling turns your provider switch back on. The customer's own switch (enabled by customer) is theirs and is not changed.</source>
        <translation>Enabling turns your provider switch back on. The customer's own switch (enabled by customer) is theirs and is not changed.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&lt;b&gt;Instances: %1&lt;/b&gt;, of these customer accounts: %2</source>
        <translation>&lt;b&gt;Instances: %1&lt;/b&gt;, of these customer accounts: %2</translation>
    </message>
    <message>
        <source>Suspension &amp;comment (the customer sees it):</source>
        <translation>Suspension &amp;comment (the customer sees it):</translation>
    </message>
    <message>
        <source>What each instance would change (nothing has been sent yet):</source>
        <translation>What each instance would change (nothing has been sent yet):</translation>
    </message>
    <message>
        <source>What each instance would change</source>
        <translation>What each instance would change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>The comment</translation>
    </message>
    <message>
        <source>Changes to send: %1</source>
        <translation>Changes to send: %1</translation>
    </message>
    <message>
        <source>What happened to each instance:</source>
        <translation>What happened to each instance:</translation>
    </message>
    <message>
        <source>Suspend without a reason?</source>
        <translation>Suspend without a reason?</translation>
    </message>
    <message>
        <source>The suspension comment is empty. The customer will see no reason for the suspension. Send it without one?</source>
        <translation>The suspension comment is empty. The customer will see no reason for the suspension. Send it without one?</translation>
    </message>
    <message>
        <source>&amp;Send without a reason</source>
        <translation>&amp;Send without a reason</translation>
    </message>
    <message>
        <source>&amp;Write a reason</source>
        <translation>&amp;Write a reason</translation>
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
        <translation>%1: failed: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
</context>
<context>
    <name>pc::InstanceBatch</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>resumed</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>%1: already suspended with this comment: skipped</source>
        <translation>%1: already suspended with this comment: skipped</translation>
    </message>
    <message>
        <source>%1: not suspended: skipped</source>
        <translation>%1: not suspended: skipped</translation>
    </message>
    <message>
        <source>%1: already disabled: skipped</source>
        <translation>%1: already disabled: skipped</translation>
    </message>
    <message>
        <source>%1: not disabled: skipped</source>
        <translation>%1: not disabled: skipped</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
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
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelled before it was sent.</translation>
    </message>
    <message>
        <source>The server answered %1 without a readable record, so whether the change was applied is not known. Refresh to see the instance.</source>
        <translation>The server answered %1 without a readable record, so whether the change was applied is not known. Refresh to see the instance.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
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
        <translation>Customer account</translation>
    </message>
    <message>
        <source>App offering</source>
        <translation>App offering</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Enabled by customer</source>
        <translation>Enabled by customer</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Suspension comment</source>
        <translation>Suspension comment</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Not enabled by customer</source>
        <translation>Not enabled by customer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>pc::JournalModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
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
        <translation>done (%1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>pc::JournalView</name>
    <message numerus="yes">
        <source>Journal: %Ln write(s)</source>
        <translation>
            <numerusform>Journal: %Ln write</numerusform>
            <numerusform>Journal: %Ln writes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped</source>
        <translation>
            <numerusform>%n damaged line skipped</numerusform>
            <numerusform>%n damaged lines skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the journal (Ctrl+F or /)</source>
        <translation>Filter the journal (Ctrl+F or /)</translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation>Filter the journal</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation>matches: %1</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>pc::KeyHelpOverlay</name>
    <message>
        <source>or</source>
        <comment>between two alternative shortcuts</comment>
        <translation>or</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Esc to close</source>
        <translation>Esc to close</translation>
    </message>
</context>
<context>
    <name>pc::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
    <message>
        <source>The system keychain was not used: this desktop session has no D-Bus session bus, and starting one could hang on a password prompt. Use the token for this session only, or log in to a desktop session with a keychain (such as GNOME Keyring or KWallet) and retry.</source>
        <translation>The system keychain was not used: this desktop session has no D-Bus session bus, and starting one could hang on a password prompt. Use the token for this session only, or log in to a desktop session with a keychain (such as GNOME Keyring or KWallet) and retry.</translation>
    </message>
    <message>
        <source>No keychain service is running (there is no D-Bus session bus), so the token cannot be kept safely. Use the token for this session only, or start a keychain (such as GNOME Keyring or KWallet) and retry.</source>
        <translation>No keychain service is running (there is no D-Bus session bus), so the token cannot be kept safely. Use the token for this session only, or start a keychain (such as GNOME Keyring or KWallet) and retry.</translation>
    </message>
</context>
<context>
    <name>pc::LocalIndex</name>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>Synced %n h ago</numerusform>
            <numerusform>Synced %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>The local copy could not be opened (%1); the tables load from the server.</source>
        <translation>The local copy could not be opened (%1); the tables load from the server.</translation>
    </message>
    <message>
        <source>Syncing the local copy…</source>
        <translation>Syncing the local copy…</translation>
    </message>
    <message>
        <source>Checking for deleted offerings: %1 of %2</source>
        <translation>Checking for deleted offerings: %1 of %2</translation>
    </message>
    <message>
        <source>Checking for deleted instances: %1 of %2</source>
        <translation>Checking for deleted instances: %1 of %2</translation>
    </message>
    <message>
        <source>Syncing offerings: %1 of %2</source>
        <translation>Syncing offerings: %1 of %2</translation>
    </message>
    <message>
        <source>Syncing instances: %1 of %2</source>
        <translation>Syncing instances: %1 of %2</translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation>Opening the local copy…</translation>
    </message>
    <message>
        <source>Another console is syncing the local copy; this one reads it.</source>
        <translation>Another console is syncing the local copy; this one reads it.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synced just now</translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation>Synced on %1</translation>
    </message>
</context>
<context>
    <name>pc::MainWindow</name>
    <message numerus="yes">
        <source>The server did not answer properly; trying again in %n s</source>
        <translation>
            <numerusform>The server did not answer properly; trying again in %n s</numerusform>
            <numerusform>The server did not answer properly; trying again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API rate limit</source>
        <translation>
            <numerusform>Waiting %n s for the API rate limit</numerusform>
            <numerusform>Waiting %n s for the API rate limit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Provider Console</source>
        <translation>%1 — Provider Console</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Brings the local copy up to date with what changed on the server</source>
        <translation>Brings the local copy up to date with what changed on the server</translation>
    </message>
    <message>
        <source>Full &amp;reconcile</source>
        <translation>Full &amp;reconcile</translation>
    </message>
    <message>
        <source>Lists every id on the server to drop the records deleted there</source>
        <translation>Lists every id on the server to drop the records deleted there</translation>
    </message>
    <message>
        <source>Overvie&amp;w</source>
        <translation>Overvie&amp;w</translation>
    </message>
    <message>
        <source>&amp;Offerings</source>
        <translation>&amp;Offerings</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instances</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>API quota: %1 of %2 left</source>
        <translation>API quota: %1 of %2 left</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>S&amp;witch profile…</translation>
    </message>
    <message>
        <source>&amp;Connect to another account…</source>
        <translation>&amp;Connect to another account…</translation>
    </message>
    <message>
        <source>Edit this &amp;profile…</source>
        <translation>Edit this &amp;profile…</translation>
    </message>
    <message>
        <source>Enter a new API &amp;token…</source>
        <translation>Enter a new API &amp;token…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>Overview as &amp;tables</source>
        <translation>Overview as &amp;tables</translation>
    </message>
    <message>
        <source>The overview's numbers as tables, for a screen reader or to copy</source>
        <translation>The overview's numbers as tables, for a screen reader or to copy</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>&amp;Quick filter</translation>
    </message>
    <message>
        <source>&amp;Server filter…</source>
        <translation>&amp;Server filter…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation>&amp;Load all</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Cancel loading</translation>
    </message>
    <message>
        <source>&amp;Sort by the current column</source>
        <translation>&amp;Sort by the current column</translation>
    </message>
    <message>
        <source>Again reverses the order</source>
        <translation>Again reverses the order</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olumns…</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Command &amp;palette…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Open details</source>
        <translation>&amp;Open details</translation>
    </message>
    <message>
        <source>&amp;Mark or unmark the row</source>
        <translation>&amp;Mark or unmark the row</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>&amp;Copy as JSON</translation>
    </message>
    <message>
        <source>Show &amp;instances of this offering</source>
        <translation>Show &amp;instances of this offering</translation>
    </message>
    <message>
        <source>&amp;New offering…</source>
        <translation>&amp;New offering…</translation>
    </message>
    <message>
        <source>&amp;Edit offering…</source>
        <translation>&amp;Edit offering…</translation>
    </message>
    <message>
        <source>&amp;Review changes before saving</source>
        <translation>&amp;Review changes before saving</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>I&amp;nstance</source>
        <translation>I&amp;nstance</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspend…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Resume…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Enable…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard help</source>
        <translation>&amp;Keyboard help</translation>
    </message>
    <message>
        <source>&amp;About Provider Console</source>
        <translation>&amp;About Provider Console</translation>
    </message>
    <message>
        <source>About Provider Console</source>
        <translation>About Provider Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provider Console&lt;/b&gt; %1&lt;br&gt;A desktop console for 4me / Xurrent app providers.</source>
        <translation>&lt;b&gt;Provider Console&lt;/b&gt; %1&lt;br&gt;A desktop console for 4me / Xurrent app providers.</translation>
    </message>
    <message>
        <source>This profile is read-only: nothing can be changed from it.</source>
        <translation>This profile is read-only: nothing can be changed from it.</translation>
    </message>
    <message>
        <source>Select the instances first (Space marks rows, Ctrl+A selects all).</source>
        <translation>Select the instances first (Space marks rows, Ctrl+A selects all).</translation>
    </message>
    <message>
        <source>The environment this window works on</source>
        <translation>The environment this window works on</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>F2 edits an offering: go to Offerings (Ctrl+1) first.</source>
        <translation>F2 edits an offering: go to Offerings (Ctrl+1) first.</translation>
    </message>
    <message>
        <source>Choose an offering to edit first.</source>
        <translation>Choose an offering to edit first.</translation>
    </message>
    <message>
        <source>↑ ↓ PgUp PgDn Home End</source>
        <translation>↑ ↓ PgUp PgDn Home End</translation>
    </message>
    <message>
        <source>Move through the rows (End loads more)</source>
        <translation>Move through the rows (End loads more)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Shift+↑ / Shift+↓, Ctrl+A</source>
        <translation>Shift+↑ / Shift+↓, Ctrl+A</translation>
    </message>
    <message>
        <source>Select rows</source>
        <translation>Select rows</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>Click a column header</translation>
    </message>
    <message>
        <source>Sort by it (by the server where it can)</source>
        <translation>Sort by it (by the server where it can)</translation>
    </message>
    <message>
        <source>Right-click a column header</source>
        <translation>Right-click a column header</translation>
    </message>
    <message>
        <source>Show, hide or reorder columns</source>
        <translation>Show, hide or reorder columns</translation>
    </message>
    <message>
        <source>Quick filter, from the table</source>
        <translation>Quick filter, from the table</translation>
    </message>
    <message>
        <source>This help, from the table</source>
        <translation>This help, from the table</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>From figure to chart to list</source>
        <translation>From figure to chart to list</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>← → ↑ ↓, Home, End</source>
        <translation>← → ↑ ↓, Home, End</translation>
    </message>
    <message>
        <source>Along a chart's bars; the value is shown below it</source>
        <translation>Along a chart's bars; the value is shown below it</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the rows a figure, bar or line counts (Esc comes back)</source>
        <translation>Open the rows a figure, bar or line counts (Esc comes back)</translation>
    </message>
    <message>
        <source>Keys in Offerings</source>
        <translation>Keys in Offerings</translation>
    </message>
    <message>
        <source>Keys in Instances</source>
        <translation>Keys in Instances</translation>
    </message>
    <message>
        <source>Keys in the Journal</source>
        <translation>Keys in the Journal</translation>
    </message>
    <message>
        <source>Keys in the Overview</source>
        <translation>Keys in the Overview</translation>
    </message>
    <message>
        <source>Instance #%1 is not among the rows loaded.</source>
        <translation>Instance #%1 is not among the rows loaded.</translation>
    </message>
    <message>
        <source>Offering #%1 is not among the rows loaded.</source>
        <translation>Offering #%1 is not among the rows loaded.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>La&amp;nguage</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Sync automatically</translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically</source>
        <translation>Sync a&amp;utomatically</translation>
    </message>
    <message>
        <source>&amp;Only when asked (Sync now)</source>
        <translation>&amp;Only when asked (Sync now)</translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation>Every &amp;5 minutes</translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation>Every &amp;15 minutes</translation>
    </message>
    <message>
        <source>Every &amp;30 minutes</source>
        <translation>Every &amp;30 minutes</translation>
    </message>
    <message>
        <source>Every &amp;hour</source>
        <translation>Every &amp;hour</translation>
    </message>
    <message>
        <source>“%1” works in Offerings (Ctrl+1) and Instances (Ctrl+2): go to one of them first.</source>
        <translation>“%1” works in Offerings (Ctrl+1) and Instances (Ctrl+2): go to one of them first.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>Stops the export; no file is written</source>
        <translation>Stops the export; no file is written</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Cancel e&amp;xport</translation>
    </message>
</context>
<context>
    <name>pc::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>memory (this session only)</translation>
    </message>
    <message>
        <source>simulated failure</source>
        <translation>simulated failure</translation>
    </message>
</context>
<context>
    <name>pc::OfferingBarsModel</name>
    <message>
        <source>Offering</source>
        <translation>Offering</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Template: %1&lt;br&gt;For the account %2: %3</source>
        <translation>Template: %1&lt;br&gt;For the account %2: %3</translation>
    </message>
    <message>
        <source>No {account} in it: every customer account gets the same URL.</source>
        <translation>No {account} in it: every customer account gets the same URL.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Follows the name until you edit it.</source>
        <translation>Follows the name until you edit it.</translation>
    </message>
    <message>
        <source>⚠ Once the offering is published the reference can no longer change.</source>
        <translation>⚠ Once the offering is published the reference can no longer change.</translation>
    </message>
    <message>
        <source>Choose an algorithm…</source>
        <translation>Choose an algorithm…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Disabled for new installations</source>
        <translation>Disabled for new installations</translation>
    </message>
    <message>
        <source>minutes, e.g. 15 or 1:30</source>
        <translation>minutes, e.g. 15 or 1:30</translation>
    </message>
</context>
<context>
    <name>pc::OfferingForm</name>
    <message numerus="yes">
        <source>Not saved: %n field(s) need fixing first (marked below).</source>
        <translation>
            <numerusform>Not saved: %n field needs fixing first (marked below).</numerusform>
            <numerusform>Not saved: %n fields need fixing first (marked below).</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting %1 s for the API rate limit before saving…</source>
        <translation>Waiting %1 s for the API rate limit before saving…</translation>
    </message>
    <message>
        <source>The server did not answer properly; trying again in %1 s…</source>
        <translation>The server did not answer properly; trying again in %1 s…</translation>
    </message>
    <message>
        <source>Restored from a draft saved before the console last stopped. Nothing of it has been sent yet.</source>
        <translation>Restored from a draft saved before the console last stopped. Nothing of it has been sent yet.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel saving</source>
        <translation>Cancel saving</translation>
    </message>
    <message>
        <source>Stop the save; what the server already received may still be applied</source>
        <translation>Stop the save; what the server already received may still be applied</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close (Esc); asks when there are unsaved changes</source>
        <translation>Close (Esc); asks when there are unsaved changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Loading offering %1…</source>
        <translation>Loading offering %1…</translation>
    </message>
    <message>
        <source>The offering could not be loaded: %1</source>
        <translation>The offering could not be loaded: %1</translation>
    </message>
    <message>
        <source>A new offering: it is created when you save (Ctrl+S).</source>
        <translation>A new offering: it is created when you save (Ctrl+S).</translation>
    </message>
    <message>
        <source>ID %1 · created %2 · updated %3 · attachments: %4</source>
        <translation>ID %1 · created %2 · updated %3 · attachments: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Fields to fix before saving: %1</source>
        <translation>Fields to fix before saving: %1</translation>
    </message>
    <message>
        <source>Unsaved changes: %1 · Ctrl+S saves</source>
        <translation>Unsaved changes: %1 · Ctrl+S saves</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>No unsaved changes</translation>
    </message>
    <message>
        <source>New offering</source>
        <translation>New offering</translation>
    </message>
    <message>
        <source>Offering %1</source>
        <translation>Offering %1</translation>
    </message>
    <message>
        <source>Offering: %1</source>
        <translation>Offering: %1</translation>
    </message>
    <message>
        <source> — Provider Console</source>
        <translation> — Provider Console</translation>
    </message>
    <message>
        <source>Nothing to save: no field has changed.</source>
        <translation>Nothing to save: no field has changed.</translation>
    </message>
    <message>
        <source>Looking for an offering with the reference %1 before creating it again…</source>
        <translation>Looking for an offering with the reference %1 before creating it again…</translation>
    </message>
    <message>
        <source>Whether the offering was created is still unknown: %1
Retry looks again.</source>
        <translation>Whether the offering was created is still unknown: %1
Retry looks again.</translation>
    </message>
    <message>
        <source>The offering had been created after all (ID %1); this form now edits it.</source>
        <translation>The offering had been created after all (ID %1); this form now edits it.</translation>
    </message>
    <message>
        <source>Creating the offering…</source>
        <translation>Creating the offering…</translation>
    </message>
    <message>
        <source>Checking for other changes, then saving…</source>
        <translation>Checking for other changes, then saving…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>The server did not accept the offering; nothing was saved.</source>
        <translation>The server did not accept the offering; nothing was saved.</translation>
    </message>
    <message>
        <source>See the messages at the fields.</source>
        <translation>See the messages at the fields.</translation>
    </message>
    <message>
        <source>The answer to the create request was lost: %1
The offering may or may not exist now. Retry first looks for it by its reference and creates it only if it is not there.</source>
        <translation>The answer to the create request was lost: %1
The offering may or may not exist now. Retry first looks for it by its reference and creates it only if it is not there.</translation>
    </message>
    <message>
        <source>Your changes are still here; saving again checks the server's version first.</source>
        <translation>Your changes are still here; saving again checks the server's version first.</translation>
    </message>
    <message>
        <source>The save did not complete: %1
Your changes are kept; Retry checks the server's version first, so nothing is sent twice.</source>
        <translation>The save did not complete: %1
Your changes are kept; Retry checks the server's version first, so nothing is sent twice.</translation>
    </message>
    <message>
        <source>%1
Your values are kept; Retry compares them with the server's version first, so nothing is overwritten.</source>
        <translation>%1
Your values are kept; Retry compares them with the server's version first, so nothing is overwritten.</translation>
    </message>
    <message>
        <source>Not saved: %1
Your changes are kept; Retry sends them again.</source>
        <translation>Not saved: %1
Your changes are kept; Retry sends them again.</translation>
    </message>
    <message>
        <source>Already saved: the server has these values.</source>
        <translation>Already saved: the server has these values.</translation>
    </message>
    <message>
        <source>Merged with the server's version; fix the marked fields, then save.</source>
        <translation>Merged with the server's version; fix the marked fields, then save.</translation>
    </message>
    <message>
        <source>Now showing the server's version; there is nothing left to save.</source>
        <translation>Now showing the server's version; there is nothing left to save.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this offering. Save again to compare and choose.</source>
        <translation>Not saved: someone else changed this offering. Save again to compare and choose.</translation>
    </message>
    <message>
        <source>⚠ The draft could not be written to disk: %1</source>
        <translation>⚠ The draft could not be written to disk: %1</translation>
    </message>
    <message>
        <source>Saving… the form closes when the server has answered.</source>
        <translation>Saving… the form closes when the server has answered.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 has unsaved changes.</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the form.</source>
        <translation>Save them, discard them, or go back to the form.</translation>
    </message>
</context>
<context>
    <name>pc::OfferingForms</name>
    <message>
        <source>Unsaved offering forms from an earlier session: %1. Nothing of them was sent.</source>
        <translation>Unsaved offering forms from an earlier session: %1. Nothing of them was sent.</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;store</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Discard them</translation>
    </message>
    <message>
        <source>The drafts were discarded.</source>
        <translation>The drafts were discarded.</translation>
    </message>
    <message>
        <source>An offering is being saved; close again when its answer has arrived.</source>
        <translation>An offering is being saved; close again when its answer has arrived.</translation>
    </message>
    <message>
        <source>Unsaved offering forms</source>
        <translation>Unsaved offering forms</translation>
    </message>
    <message>
        <source>Offering forms with unsaved changes: %1.</source>
        <translation>Offering forms with unsaved changes: %1.</translation>
    </message>
    <message>
        <source>Quit and keep them as drafts (offered back at the next start), discard them, or go back to them.</source>
        <translation>Quit and keep them as drafts (offered back at the next start), discard them, or go back to them.</translation>
    </message>
    <message>
        <source>&amp;Keep as drafts and quit</source>
        <translation>&amp;Keep as drafts and quit</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Discard and quit</translation>
    </message>
</context>
<context>
    <name>pc::OfferingSave</name>
    <message>
        <source>Saving was cancelled before anything was sent.</source>
        <translation>Saving was cancelled before anything was sent.</translation>
    </message>
    <message>
        <source>The server's current version of the offering could not be read, so nothing was sent. Retry checks again.</source>
        <translation>The server's current version of the offering could not be read, so nothing was sent. Retry checks again.</translation>
    </message>
    <message>
        <source>The API rate limit was reached again and again: this save waited %1 s, as long as it may, and nothing was changed. Try again after %2.</source>
        <translation>The API rate limit was reached again and again: this save waited %1 s, as long as it may, and nothing was changed. Try again after %2.</translation>
    </message>
    <message>
        <source>Saving was cancelled while the request was on its way: the server may or may not have applied it.</source>
        <translation>Saving was cancelled while the request was on its way: the server may or may not have applied it.</translation>
    </message>
    <message>
        <source>The server answered %1 but did not send back a readable offering, so whether the save was applied is not known. Refresh to see what it holds before saving again.</source>
        <translation>The server answered %1 but did not send back a readable offering, so whether the save was applied is not known. Refresh to see what it holds before saving again.</translation>
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
        <translation>Reference</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service instance</translation>
    </message>
    <message>
        <source>JWT algorithm</source>
        <translation>JWT algorithm</translation>
    </message>
    <message>
        <source>Webhook URI template</source>
        <translation>Webhook URI template</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Source ID</translation>
    </message>
    <message>
        <source>%1 (whether it is a draft is not known yet)</source>
        <translation>%1 (whether it is a draft is not known yet)</translation>
    </message>
</context>
<context>
    <name>pc::OverviewArea</name>
    <message numerus="yes">
        <source>%Ln offering(s) and %1 instances</source>
        <translation>
            <numerusform>%Ln offering and %1 instances</numerusform>
            <numerusform>%Ln offerings and %1 instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln install(s), %2 in all</source>
        <translation>
            <numerusform>%1: %Ln install, %2 in all</numerusform>
            <numerusform>%1: %Ln installs, %2 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since your last visit (%1): %Ln change(s)</source>
        <translation>
            <numerusform>Since your last visit (%1): %Ln change</numerusform>
            <numerusform>Since your last visit (%1): %Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Complete it</source>
        <translation>&amp;Complete it</translation>
    </message>
    <message>
        <source>Loads the rows the overview lacks (Load all), or syncs the local copy</source>
        <translation>Loads the rows the overview lacks (Load all), or syncs the local copy</translation>
    </message>
    <message>
        <source>As &amp;tables (T)</source>
        <translation>As &amp;tables (T)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>The overview as PNG or SVG, the numbers as CSV</source>
        <translation>The overview as PNG or SVG, the numbers as CSV</translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Offerings</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Not enabled</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Installs per offering, by state</source>
        <translation>Installs per offering, by state</translation>
    </message>
    <message>
        <source>Adoption of</source>
        <translation>Adoption of</translation>
    </message>
    <message>
        <source>Adoption over</source>
        <translation>Adoption over</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Ado&amp;ption of</source>
        <translation>Ado&amp;ption of</translation>
    </message>
    <message>
        <source>Adoption over time: installs per month and the running total</source>
        <translation>Adoption over time: installs per month and the running total</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Adoption over time</source>
        <translation>Adoption over time</translation>
    </message>
    <message>
        <source>Since your last visit</source>
        <translation>Since your last visit</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Mark as seen</translation>
    </message>
    <message>
        <source>What is shown now becomes your last visit</source>
        <translation>What is shown now becomes your last visit</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Based on the rows counted before the instances were narrowed down; back here they are counted again.</source>
        <translation>Based on the rows counted before the instances were narrowed down; back here they are counted again.</translation>
    </message>
    <message>
        <source>%1 of %2 instances loaded</source>
        <translation>%1 of %2 instances loaded</translation>
    </message>
    <message>
        <source>%1 instances loaded</source>
        <translation>%1 instances loaded</translation>
    </message>
    <message>
        <source>Based on what is loaded so far (%1); the local copy's first sync is running.</source>
        <translation>Based on what is loaded so far (%1); the local copy's first sync is running.</translation>
    </message>
    <message>
        <source>Based on what is loaded so far: %1. Complete it to count them all.</source>
        <translation>Based on what is loaded so far: %1. Complete it to count them all.</translation>
    </message>
    <message>
        <source>Based on the local copy: every one of the %1.</source>
        <translation>Based on the local copy: every one of the %1.</translation>
    </message>
    <message>
        <source>Based on every one of the %1, loaded from the API.</source>
        <translation>Based on every one of the %1, loaded from the API.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4</source>
        <translation>%1 — %2: %3 of %4</translation>
    </message>
    <message>
        <source> (the table view, T, lists each offering)</source>
        <translation> (the table view, T, lists each offering)</translation>
    </message>
    <message>
        <source>All offerings</source>
        <translation>All offerings</translation>
    </message>
    <message>
        <source>Since your last visit: this is the first; changes show from the next one</source>
        <translation>Since your last visit: this is the first; changes show from the next one</translation>
    </message>
    <message>
        <source>Provider Console overview</source>
        <translation>Provider Console overview</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>The numbers as CSV (*.csv)</source>
        <translation>The numbers as CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Export the overview</translation>
    </message>
    <message>
        <source>Exported the overview to %1</source>
        <translation>Exported the overview to %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>the %n other offering(s)</source>
        <translation>
            <numerusform>the %n other offering</numerusform>
            <numerusform>the %n other offerings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::PagedTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (API field %2; the server sorts by it)</source>
        <translation>%1 (API field %2; the server sorts by it)</translation>
    </message>
    <message>
        <source>%1 (API field %2)</source>
        <translation>%1 (API field %2)</translation>
    </message>
</context>
<context>
    <name>pc::ParallelWalk</name>
    <message>
        <source>The server's answer had a record without an id, so the collection could not be split into id ranges.</source>
        <translation>The server's answer had a record without an id, so the collection could not be split into id ranges.</translation>
    </message>
</context>
<context>
    <name>pc::PicturePreview</name>
    <message>
        <source>The data URL is not a picture this console can show.</source>
        <translation>The data URL is not a picture this console can show.</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Loading the picture…</translation>
    </message>
    <message>
        <source>No preview: the picture is larger than 2 MB or was replaced.</source>
        <translation>No preview: the picture is larger than 2 MB or was replaced.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <source>No preview: the link does not give a picture.</source>
        <translation>No preview: the link does not give a picture.</translation>
    </message>
</context>
<context>
    <name>pc::ProfileStore</name>
    <message>
        <source>A profile named "%1" already exists. Choose another name.</source>
        <translation>A profile named "%1" already exists. Choose another name.</translation>
    </message>
    <message>
        <source>There is no profile named "%1".</source>
        <translation>There is no profile named "%1".</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</source>
        <translation>The profiles could not be saved to %1. Check that the folder is writable and the disk is not full.</translation>
    </message>
</context>
<context>
    <name>pc::RecordBanners</name>
    <message numerus="yes">
        <source>Sorted locally: %Ln loaded row(s).</source>
        <translation>
            <numerusform>Sorted locally: %Ln loaded row.</numerusform>
            <numerusform>Sorted locally: %Ln loaded rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter looks only at the %Ln loaded row(s).</source>
        <translation>
            <numerusform>The filter looks only at the %Ln loaded row.</numerusform>
            <numerusform>The filter looks only at the %Ln loaded rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API rate limit…</source>
        <translation>
            <numerusform>Waiting %n s for the API rate limit…</numerusform>
            <numerusform>Waiting %n s for the API rate limit…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;try</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Load all</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Loading all…</source>
        <translation>Loading all…</translation>
    </message>
    <message>
        <source>The server caps this collection at 100,000 records; narrow it with a filter to see the rest.</source>
        <translation>The server caps this collection at 100,000 records; narrow it with a filter to see the rest.</translation>
    </message>
    <message>
        <source>Instances of %1: the server cannot list them directly, so they are picked from the loaded instances.</source>
        <translation>Instances of %1: the server cannot list them directly, so they are picked from the loaded instances.</translation>
    </message>
    <message>
        <source>Instances of %1.</source>
        <translation>Instances of %1.</translation>
    </message>
    <message>
        <source>Sorted locally by %1.</source>
        <translation>Sorted locally by %1.</translation>
    </message>
    <message>
        <source>Loading all: %1 of %2, paced to the API's limit of %3 requests per %4 s</source>
        <translation>Loading all: %1 of %2, paced to the API's limit of %3 requests per %4 s</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>pc::RecordFilterBar</name>
    <message>
        <source>Load &amp;all</source>
        <translation>Load &amp;all</translation>
    </message>
    <message>
        <source>All offerings</source>
        <translation>All offerings</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Published, incl. trusted accounts</source>
        <translation>Published, incl. trusted accounts</translation>
    </message>
    <message>
        <source>Installed here</source>
        <translation>Installed here</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>All instances</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Predefined filter, applied by the server</source>
        <translation>Predefined filter, applied by the server</translation>
    </message>
    <message>
        <source>Predefined filter</source>
        <translation>Predefined filter</translation>
    </message>
    <message>
        <source>Filter loaded rows (Ctrl+F or /)</source>
        <translation>Filter loaded rows (Ctrl+F or /)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Quick filter</translation>
    </message>
    <message>
        <source>S&amp;erver filter…</source>
        <translation>S&amp;erver filter…</translation>
    </message>
    <message>
        <source>Conditions the server applies (Ctrl+Shift+F)</source>
        <translation>Conditions the server applies (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Load every page (Ctrl+Shift+A)</source>
        <translation>Load every page (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>State: any</source>
        <translation>State: any</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Filters the loaded rows; the API cannot filter on this</source>
        <translation>Filters the loaded rows; the API cannot filter on this</translation>
    </message>
    <message>
        <source>Server filter:</source>
        <translation>Server filter:</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <source>after / above</source>
        <translation>after / above</translation>
    </message>
    <message>
        <source>before / below</source>
        <translation>before / below</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>is present</translation>
    </message>
    <message>
        <source>value, e.g. 2024-01-31 or true</source>
        <translation>value, e.g. 2024-01-31 or true</translation>
    </message>
    <message>
        <source>Server filter field</source>
        <translation>Server filter field</translation>
    </message>
    <message>
        <source>Server filter operator</source>
        <translation>Server filter operator</translation>
    </message>
    <message>
        <source>Server filter value</source>
        <translation>Server filter value</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Adds the condition to the server filter</source>
        <translation>Adds the condition to the server filter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Removes every condition of the server filter</source>
        <translation>Removes every condition of the server filter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation>%1 is present</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 is not %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 after %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 before %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation>no conditions</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Matches: %1</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 between %2 and %3</translation>
    </message>
    <message>
        <source>%1 on or after %2</source>
        <translation>%1 on or after %2</translation>
    </message>
    <message>
        <source>%1 on or before %2</source>
        <translation>%1 on or before %2</translation>
    </message>
</context>
<context>
    <name>pc::RecordForm</name>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Offering #%1</source>
        <translation>Offering #%1</translation>
    </message>
    <message>
        <source>App offering #%1</source>
        <translation>App offering #%1</translation>
    </message>
    <message>
        <source>Instance #%1</source>
        <translation>Instance #%1</translation>
    </message>
    <message>
        <source>Instance #%1 — %2</source>
        <translation>Instance #%1 — %2</translation>
    </message>
    <message>
        <source>App instance</source>
        <translation>App instance</translation>
    </message>
    <message>
        <source>App instance of %1</source>
        <translation>App instance of %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>The identifier that stays the same across versions of the offering.</source>
        <translation>The identifier that stays the same across versions of the offering.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>The provider's switch: new customers cannot install a disabled offering; customers who have it installed can still update.</source>
        <translation>The provider's switch: new customers cannot install a disabled offering; customers who have it installed can still update.</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service instance</translation>
    </message>
    <message>
        <source>Requests about this offering are registered for this service instance.</source>
        <translation>Requests about this offering are registered for this service instance.</translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation>UI extension version</translation>
    </message>
    <message>
        <source>Shown to customers on the Configuration tab of the app.</source>
        <translation>Shown to customers on the Configuration tab of the app.</translation>
    </message>
    <message>
        <source>RSA using SHA-256</source>
        <translation>RSA using SHA-256</translation>
    </message>
    <message>
        <source>RSA using SHA-384</source>
        <translation>RSA using SHA-384</translation>
    </message>
    <message>
        <source>RSA using SHA-512</source>
        <translation>RSA using SHA-512</translation>
    </message>
    <message>
        <source>ECDSA using P-256 and SHA-256</source>
        <translation>ECDSA using P-256 and SHA-256</translation>
    </message>
    <message>
        <source>ECDSA using P-384 and SHA-384</source>
        <translation>ECDSA using P-384 and SHA-384</translation>
    </message>
    <message>
        <source>ECDSA using P-521 and SHA-512</source>
        <translation>ECDSA using P-521 and SHA-512</translation>
    </message>
    <message>
        <source>JWT algorithm</source>
        <translation>JWT algorithm</translation>
    </message>
    <message>
        <source>Signs the policy sent to the app's webhook.</source>
        <translation>Signs the policy sent to the app's webhook.</translation>
    </message>
    <message>
        <source>JWT audience</source>
        <translation>JWT audience</translation>
    </message>
    <message>
        <source>Claim expires in</source>
        <translation>Claim expires in</translation>
    </message>
    <message>
        <source>The API sends a whole number (%1); 4me durations are in minutes.</source>
        <translation>The API sends a whole number (%1); 4me durations are in minutes.</translation>
    </message>
    <message>
        <source>Webhook URI template</source>
        <translation>Webhook URI template</translation>
    </message>
    <message>
        <source>{account} is replaced by the customer's account id.</source>
        <translation>{account} is replaced by the customer's account id.</translation>
    </message>
    <message>
        <source>Configuration URI template</source>
        <translation>Configuration URI template</translation>
    </message>
    <message>
        <source>Card description</source>
        <translation>Card description</translation>
    </message>
    <message>
        <source>Picture URI</source>
        <translation>Picture URI</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>Source ID</translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation>Node ID</translation>
    </message>
    <message>
        <source>The record's id in the GraphQL API.</source>
        <translation>The record's id in the GraphQL API.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Texts shown to customers</source>
        <translation>Texts shown to customers</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Customer account</translation>
    </message>
    <message>
        <source>App offering</source>
        <translation>App offering</translation>
    </message>
    <message>
        <source>Sent as "integration", the field's name on the older API.</source>
        <translation>Sent as "integration", the field's name on the older API.</translation>
    </message>
    <message>
        <source>Enabled by customer</source>
        <translation>Enabled by customer</translation>
    </message>
    <message>
        <source>The customer's switch: whether the customer allows the app to work in their account. Only the customer can change it.</source>
        <translation>The customer's switch: whether the customer allows the app to work in their account. Only the customer can change it.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Either party can suspend the instance, and either may lift the suspension. While suspended, its automation rules, webhook and app token are off.</source>
        <translation>Either party can suspend the instance, and either may lift the suspension. While suspended, its automation rules, webhook and app token are off.</translation>
    </message>
    <message>
        <source>Suspension comment</source>
        <translation>Suspension comment</translation>
    </message>
    <message>
        <source>The provider's switch: while set, the instance's automation rules, webhook and app token are off in the customer's account.</source>
        <translation>The provider's switch: while set, the instance's automation rules, webhook and app token are off in the customer's account.</translation>
    </message>
    <message>
        <source>Customer representative</source>
        <translation>Customer representative</translation>
    </message>
    <message>
        <source>The customer's contact person for this instance.</source>
        <translation>The customer's contact person for this instance.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook policy</source>
        <translation>Webhook policy</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Other fields</translation>
    </message>
    <message>
        <source>API field: %1</source>
        <translation>API field: %1</translation>
    </message>
    <message>
        <source>A data URL of %1; Copy JSON gives it in full.</source>
        <translation>A data URL of %1; Copy JSON gives it in full.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>Not in the server's answer</source>
        <translation>Not in the server's answer</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
</context>
<context>
    <name>pc::RecordView</name>
    <message numerus="yes">
        <source>%Ln instance(s) of %1 found in %2 of %3 scanned</source>
        <translation>
            <numerusform>%Ln instance of %1 found in %2 of %3 scanned</numerusform>
            <numerusform>%Ln instances of %1 found in %2 of %3 scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln offering(s) loaded</source>
        <translation>
            <numerusform>%1 of %Ln offering loaded</numerusform>
            <numerusform>%1 of %Ln offerings loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln instance(s) loaded</source>
        <translation>
            <numerusform>%1 of %Ln instance loaded</numerusform>
            <numerusform>%1 of %Ln instances loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s) loaded</source>
        <translation>
            <numerusform>%Ln offering loaded</numerusform>
            <numerusform>%Ln offerings loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) loaded</source>
        <translation>
            <numerusform>%Ln instance loaded</numerusform>
            <numerusform>%Ln instances loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s), from the local copy</source>
        <translation>
            <numerusform>%Ln offering, from the local copy</numerusform>
            <numerusform>%Ln offerings, from the local copy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s), from the local copy</source>
        <translation>
            <numerusform>%Ln instance, from the local copy</numerusform>
            <numerusform>%Ln instances, from the local copy</numerusform>
        </translation>
    </message>
    <message>
        <source>Offerings</source>
        <translation>Offerings</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>The server's answer was not a record.</source>
        <translation>The server's answer was not a record.</translation>
    </message>
    <message>
        <source>Loading offerings…</source>
        <translation>Loading offerings…</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>Loading instances…</translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation>matches: %1</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(loading…)</translation>
    </message>
    <message>
        <source>No loaded offerings match the filter</source>
        <translation>No loaded offerings match the filter</translation>
    </message>
    <message>
        <source>No offerings match</source>
        <translation>No offerings match</translation>
    </message>
    <message>
        <source>No loaded instances match the filter</source>
        <translation>No loaded instances match the filter</translation>
    </message>
    <message>
        <source>No instances match</source>
        <translation>No instances match</translation>
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
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>pc::ReferencePicker</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <comment>reference chooser: rows the filter keeps</comment>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for the API</source>
        <comment>reference chooser: rate limit or retry</comment>
        <translation>
            <numerusform>Waiting %n s for the API</numerusform>
            <numerusform>Waiting %n s for the API</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose… (F4)</source>
        <translation>Choose… (F4)</translation>
    </message>
    <message>
        <source>UI extension version</source>
        <translation>UI extension version</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Service instance</translation>
    </message>
    <message>
        <source>F4, Space or Enter opens the list; Delete clears the field</source>
        <translation>F4, Space or Enter opens the list; Delete clears the field</translation>
    </message>
    <message>
        <source>F4, Space or Enter opens the list</source>
        <translation>F4, Space or Enter opens the list</translation>
    </message>
    <message>
        <source>Choose from the list (F4)</source>
        <translation>Choose from the list (F4)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the field (Delete)</source>
        <translation>Clear the field (Delete)</translation>
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
        <translation>Choose a UI extension version</translation>
    </message>
    <message>
        <source>Choose a service instance</source>
        <translation>Choose a service instance</translation>
    </message>
    <message>
        <source>Filter by name, version or ID (#123)</source>
        <translation>Filter by name, version or ID (#123)</translation>
    </message>
    <message>
        <source>Filter by name or ID (#123)</source>
        <translation>Filter by name or ID (#123)</translation>
    </message>
    <message>
        <source>Filter UI extension versions</source>
        <translation>Filter UI extension versions</translation>
    </message>
    <message>
        <source>Filter service instances</source>
        <translation>Filter service instances</translation>
    </message>
    <message>
        <source>UI extension versions</source>
        <translation>UI extension versions</translation>
    </message>
    <message>
        <source>Service instances</source>
        <translation>Service instances</translation>
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
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Ask again for the page that failed (F5)</source>
        <translation>Ask again for the page that failed (F5)</translation>
    </message>
    <message>
        <source>Searching every page…</source>
        <translation>Searching every page…</translation>
    </message>
    <message>
        <source>Nothing to choose from</source>
        <translation>Nothing to choose from</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>Loaded %1 of %2</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Loaded %1</translation>
    </message>
    <message>
        <source>Esc closes</source>
        <translation>Esc closes</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator between the parts of the reference chooser's status line</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>pc::SaveReviewDialog</name>
    <message>
        <source>Review the changes before every save</source>
        <translation>Review the changes before every save</translation>
    </message>
    <message>
        <source>Create this offering?</source>
        <translation>Create this offering?</translation>
    </message>
    <message>
        <source>Save these changes?</source>
        <translation>Save these changes?</translation>
    </message>
    <message>
        <source>A new offering is created with these values (POST):</source>
        <translation>A new offering is created with these values (POST):</translation>
    </message>
    <message>
        <source>Only these fields are sent (PATCH); everything else stays as the server has it:</source>
        <translation>Only these fields are sent (PATCH); everything else stays as the server has it:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>After saving</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Send it over plain &amp;http anyway</source>
        <translation>Send it over plain &amp;http anyway</translation>
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
        <translation>No token is saved in %1 for %2.</translation>
    </message>
    <message>
        <source>No keychain service is running, so the token cannot be kept safely. Use the token for this session only, or start a keychain (such as GNOME Keyring or KWallet) and retry.</source>
        <translation>No keychain service is running, so the token cannot be kept safely. Use the token for this session only, or start a keychain (such as GNOME Keyring or KWallet) and retry.</translation>
    </message>
    <message>
        <source>The token could not be used because %1 is locked or refused access. Unlock it and retry, or use the token for this session only.</source>
        <translation>The token could not be used because %1 is locked or refused access. Unlock it and retry, or use the token for this session only.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (it may be locked or waiting for a password prompt). Unlock it and retry, or use the token for this session only.</source>
        <translation>No answer from %1 within %2 s (it may be locked or waiting for a password prompt). Unlock it and retry, or use the token for this session only.</translation>
    </message>
    <message>
        <source>The token could not be read from %1.</source>
        <translation>The token could not be read from %1.</translation>
    </message>
    <message>
        <source>The token could not be saved in %1.</source>
        <translation>The token could not be saved in %1.</translation>
    </message>
    <message>
        <source>The token could not be removed from %1.</source>
        <translation>The token could not be removed from %1.</translation>
    </message>
    <message>
        <source>%1 It reported: %2</source>
        <translation>%1 It reported: %2</translation>
    </message>
</context>
<context>
    <name>pc::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Stops the sync; what arrived is kept</source>
        <translation>Stops the sync; what arrived is kept</translation>
    </message>
    <message>
        <source>Syncs the local copy again</source>
        <translation>Syncs the local copy again</translation>
    </message>
    <message>
        <source>Hides the message about the local copy</source>
        <translation>Hides the message about the local copy</translation>
    </message>
    <message>
        <source>Check for deleted records?</source>
        <translation>Check for deleted records?</translation>
    </message>
    <message>
        <source>Finding the offerings deleted on the server takes about %1 requests, more than the %2 this console spends of the hour's quota without asking.</source>
        <translation>Finding the offerings deleted on the server takes about %1 requests, more than the %2 this console spends of the hour's quota without asking.</translation>
    </message>
    <message>
        <source>Finding the instances deleted on the server takes about %1 requests, more than the %2 this console spends of the hour's quota without asking.</source>
        <translation>Finding the instances deleted on the server takes about %1 requests, more than the %2 this console spends of the hour's quota without asking.</translation>
    </message>
    <message>
        <source>Other work with the API (and other consoles on this token) may have to wait for the quota while it runs. Until then, deleted records stay in the local copy.</source>
        <translation>Other work with the API (and other consoles on this token) may have to wait for the quota while it runs. Until then, deleted records stay in the local copy.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
</context>
<context>
    <name>pc::TableExport</name>
    <message>
        <source>The table was closed before the export ended.</source>
        <translation>The table was closed before the export ended.</translation>
    </message>
</context>
<context>
    <name>pc::TokenDialog</name>
    <message>
        <source>Save to &amp;keychain</source>
        <translation>Save to &amp;keychain</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Use for this &amp;session only</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The API token was refused</source>
        <translation>The API token was refused</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server refused the API token of %1.&lt;/b&gt; It may have been revoked or may have expired. Paste a new one to go on: what stopped loading resumes where it stopped, and nothing loaded so far is lost.</source>
        <translation>&lt;b&gt;The server refused the API token of %1.&lt;/b&gt; It may have been revoked or may have expired. Paste a new one to go on: what stopped loading resumes where it stopped, and nothing loaded so far is lost.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>The server said: %1</translation>
    </message>
    <message>
        <source>Changes that were refused are not sent again by themselves: use their Retry once the new token is in.</source>
        <translation>Changes that were refused are not sent again by themselves: use their Retry once the new token is in.</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>New API token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The token contains a line break or another control character: paste it again without them.</source>
        <translation>The token contains a line break or another control character: paste it again without them.</translation>
    </message>
</context>
<context>
    <name>pc::TokenRecovery</name>
    <message>
        <source>The API token stays refused. File → Enter a new API token… asks again.</source>
        <translation>The API token stays refused. File → Enter a new API token… asks again.</translation>
    </message>
    <message>
        <source>The new API token is in use.</source>
        <translation>The new API token is in use.</translation>
    </message>
</context>
<context>
    <name>pc::VisitChangesModel</name>
    <message>
        <source>Enter opens the record</source>
        <translation>Enter opens the record</translation>
    </message>
    <message>
        <source>The record is gone</source>
        <translation>The record is gone</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
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
        <translation>Manage your app offerings and their instances in 4me, from the keyboard.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Try the &amp;demo</translation>
    </message>
    <message>
        <source>the built-in sandbox, no account needed</source>
        <translation>the built-in sandbox, no account needed</translation>
    </message>
    <message>
        <source>&amp;Connect to 4me</source>
        <translation>&amp;Connect to 4me</translation>
    </message>
    <message>
        <source>your account and an API token</source>
        <translation>your account and an API token</translation>
    </message>
    <message>
        <source>Or open a &amp;profile:</source>
        <translation>Or open a &amp;profile:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>account %1 · %2</source>
        <translation>account %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>pc::program::ApiWalkExport</name>
    <message>
        <source>%1: %2 of %3 records</source>
        <translation>%1: %2 of %3 records</translation>
    </message>
</context>
<context>
    <name>pc::program::HeadlessRun</name>
    <message>
        <source>No command was given (see --help).</source>
        <translation>No command was given (see --help).</translation>
    </message>
    <message>
        <source>The profile %1 keeps no local copy ("Keep a local copy" is off), so there is nothing to sync. Export walks the API instead.</source>
        <translation>The profile %1 keeps no local copy ("Keep a local copy" is off), so there is nothing to sync. Export walks the API instead.</translation>
    </message>
    <message>
        <source>The profile %1 keeps no local copy ("Keep a local copy" is off), so nothing can be exported offline.</source>
        <translation>The profile %1 keeps no local copy ("Keep a local copy" is off), so nothing can be exported offline.</translation>
    </message>
    <message>
        <source>No API token is stored for the profile %1: set PROVIDER_CONSOLE_TOKEN, or connect once in the console to keep one in the keychain.</source>
        <translation>No API token is stored for the profile %1: set PROVIDER_CONSOLE_TOKEN, or connect once in the console to keep one in the keychain.</translation>
    </message>
    <message>
        <source>The API token could not be read from the keychain: %1</source>
        <translation>The API token could not be read from the keychain: %1</translation>
    </message>
    <message>
        <source>There is no local copy of %1 on this computer: run provider-console sync first, or export without --offline.</source>
        <translation>There is no local copy of %1 on this computer: run provider-console sync first, or export without --offline.</translation>
    </message>
    <message>
        <source>The local copy could not be opened: %1</source>
        <translation>The local copy could not be opened: %1</translation>
    </message>
    <message>
        <source>%1 Exporting what the local copy holds now.</source>
        <translation>%1 Exporting what the local copy holds now.</translation>
    </message>
    <message>
        <source>The local copy of %1 holds no %2 yet: run provider-console sync first.</source>
        <translation>The local copy of %1 holds no %2 yet: run provider-console sync first.</translation>
    </message>
    <message>
        <source>The local copy of %1 is not complete yet (its first copy was interrupted); exporting the %2 records it holds.</source>
        <translation>The local copy of %1 is not complete yet (its first copy was interrupted); exporting the %2 records it holds.</translation>
    </message>
    <message>
        <source>Exported %1 (%2 records) to %3.</source>
        <translation>Exported %1 (%2 records) to %3.</translation>
    </message>
    <message>
        <source>The proxy password could not be read from the keychain: %1</source>
        <translation>The proxy password could not be read from the keychain: %1</translation>
    </message>
</context>
<context>
    <name>pc::program::HeadlessSync</name>
    <message>
        <source>The sync could not start.</source>
        <translation>The sync could not start.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1: first copy, %2 records</source>
        <translation>%1: first copy, %2 records</translation>
    </message>
    <message>
        <source>%1: changes, %2 records</source>
        <translation>%1: changes, %2 records</translation>
    </message>
    <message>
        <source>%1: looking for deleted records, %2 ids</source>
        <translation>%1: looking for deleted records, %2 ids</translation>
    </message>
    <message>
        <source>Looking for deleted %1 was skipped: it would take about %2 requests, more than the %3 allowed without asking. Run provider-console sync --full to do it now.</source>
        <translation>Looking for deleted %1 was skipped: it would take about %2 requests, more than the %3 allowed without asking. Run provider-console sync --full to do it now.</translation>
    </message>
</context>
<context>
    <name>sandbox::Faults</name>
    <message>
        <source>unknown fault kind '%1'</source>
        <translation>unknown fault kind '%1'</translation>
    </message>
    <message>
        <source>cannot read '%1'</source>
        <translation>cannot read '%1'</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>unknown option '%1'</translation>
    </message>
    <message>
        <source>'%1' needs a number</source>
        <translation>'%1' needs a number</translation>
    </message>
    <message>
        <source>invalid path pattern '%1'</source>
        <translation>invalid path pattern '%1'</translation>
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
        <translation>Fault spec: KIND[:OPTION]...  (repeat --fault; checked in order, first applicable wins;
  every fault counts each request that matches its method and path for its own skip/times)
  KIND: status ratelimit malformed empty truncate reset drop never drip
        foreign-link link-loop wrong-types drop-fields latency
        revoke-token (this and every later request get 401)  huge (records padded to bytes=N, 10 MiB)
  OPTION: N (100..599, the status)  METHOD (upper case)  ^REGEX or /path (path pattern)
          skip=N  times=N (-1 = forever, default 1)  ms=N  retry-after=N  bytes=N  chunk=N (drip)
          content-type=T  body=TEXT  foreign=URL  (body= and foreign= take the rest: put them last)
  e.g. status:503:GET:^/v1/app_instances$:skip=2:times=1   ratelimit:retry-after=1
       drop   truncate   malformed   latency:ms=300:times=-1   foreign-link:foreign=http://127.0.0.2:8080</translation>
    </message>
</context>
</TS>
