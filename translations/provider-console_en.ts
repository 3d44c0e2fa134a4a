<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OverviewData</name>
    <message numerus="yes">
        <source>Other (%n offering(s))</source>
        <translation>
            <numerusform>Other (%n offering)</numerusform>
            <numerusform>Other (%n offerings)</numerusform>
        </translation>
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
</context>
</TS>
