<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>Setting %1: &quot;%2&quot; is not a whole number; using %3.</source>
        <translation>Setting %1: &quot;%2&quot; is not a whole number; using %3.</translation>
    </message>
    <message>
        <source>Setting %1: &quot;%2&quot; is not a number; using %3.</source>
        <translation>Setting %1: &quot;%2&quot; is not a number; using %3.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot;: unknown SSL mode &quot;%2&quot;; using prefer.</source>
        <translation>Connection &quot;%1&quot;: unknown SSL mode &quot;%2&quot;; using prefer.</translation>
    </message>
    <message>
        <source>Setting %1 is invalid (%2); using the contract&apos;s CSV format.</source>
        <translation>Setting %1 is invalid (%2); using the contract&apos;s CSV format.</translation>
    </message>
    <message>
        <source>The default is used instead.</source>
        <translation>The default is used instead.</translation>
    </message>
    <message>
        <source>The SQLite store path is empty.</source>
        <translation>The SQLite store path is empty.</translation>
    </message>
    <message>
        <source>Two connections are named &quot;%1&quot;; names must be unique.</source>
        <translation>Two connections are named &quot;%1&quot;; names must be unique.</translation>
    </message>
    <message>
        <source>The active connection &quot;%1&quot; does not exist.</source>
        <translation>The active connection &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>The settings could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>Unknown theme &quot;%1&quot; (light, dark or system).</source>
        <translation>Unknown theme &quot;%1&quot; (light, dark or system).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; (en, de, or empty for the system&apos;s).</source>
        <translation>Unknown language &quot;%1&quot; (en, de, or empty for the system&apos;s).</translation>
    </message>
    <message>
        <source>The font scale must be between %1 and %2 (it is %3).</source>
        <translation>The font scale must be between %1 and %2 (it is %3).</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No sessions match the filter</source>
        <translation>No sessions match the filter</translation>
    </message>
    <message>
        <source>Cannot encode the PNG image for %1</source>
        <translation>Cannot encode the PNG image for %1</translation>
    </message>
    <message>
        <source>Cannot start the PDF document %1</source>
        <translation>Cannot start the PDF document %1</translation>
    </message>
    <message>
        <source>Cannot start the SVG drawing %1</source>
        <translation>Cannot start the SVG drawing %1</translation>
    </message>
    <message>
        <source>There is no clipboard.</source>
        <translation>There is no clipboard.</translation>
    </message>
</context>
<context>
    <name>ConnInfo</name>
    <message>
        <source>Missing &quot;=&quot; after &quot;%1&quot; in the connection string.</source>
        <translation>Missing &quot;=&quot; after &quot;%1&quot; in the connection string.</translation>
    </message>
    <message>
        <source>Unterminated quoted value of &quot;%1&quot; in the connection string.</source>
        <translation>Unterminated quoted value of &quot;%1&quot; in the connection string.</translation>
    </message>
    <message>
        <source>Connection URIs are not supported; use key=value pairs.</source>
        <translation>Connection URIs are not supported; use key=value pairs.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>The port &quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>Unknown SSL mode &quot;%1&quot;.</source>
        <translation>Unknown SSL mode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connection setting &quot;%1&quot; is not supported.</source>
        <translation>The connection setting &quot;%1&quot; is not supported.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A connection</source>
        <translation>A connection</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot;</source>
        <translation>Connection &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A connection has no name.</source>
        <translation>A connection has no name.</translation>
    </message>
    <message>
        <source>%1: the name must not begin or end with spaces.</source>
        <translation>%1: the name must not begin or end with spaces.</translation>
    </message>
    <message>
        <source>%1: the host is empty.</source>
        <translation>%1: the host is empty.</translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535 (it is %2).</source>
        <translation>%1: the port must be between 1 and 65535 (it is %2).</translation>
    </message>
    <message>
        <source>%1: the database name is empty.</source>
        <translation>%1: the database name is empty.</translation>
    </message>
    <message>
        <source>%1: the user name is empty.</source>
        <translation>%1: the user name is empty.</translation>
    </message>
</context>
<context>
    <name>CsvFormatRules</name>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a visible character or tab.</source>
        <translation>The CSV delimiter must be a visible character or tab.</translation>
    </message>
    <message>
        <source>The CSV quote must be a visible character.</source>
        <translation>The CSV quote must be a visible character.</translation>
    </message>
    <message>
        <source>The CSV delimiter and quote cannot both be %1.</source>
        <translation>The CSV delimiter and quote cannot both be %1.</translation>
    </message>
    <message>
        <source>The decimal separator must be &quot;.&quot; or &quot;,&quot;.</source>
        <translation>The decimal separator must be &quot;.&quot; or &quot;,&quot;.</translation>
    </message>
    <message>
        <source>The decimal separator cannot be the delimiter (%1): choose another delimiter, such as a semicolon.</source>
        <translation>The decimal separator cannot be the delimiter (%1): choose another delimiter, such as a semicolon.</translation>
    </message>
    <message>
        <source>Unsupported encoding &quot;%1&quot; (%2).</source>
        <translation>Unsupported encoding &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>The date format &quot;%1&quot; needs a day (d), a month (M) and a year (y), or is one of iso, unix_s, unix_ms.</source>
        <translation>The date format &quot;%1&quot; needs a day (d), a month (M) and a year (y), or is one of iso, unix_s, unix_ms.</translation>
    </message>
    <message>
        <source>The reject threshold must be between 0 % and 100 %.</source>
        <translation>The reject threshold must be between 0 % and 100 %.</translation>
    </message>
</context>
<context>
    <name>DimensionLabels</name>
    <message>
        <source>Device type</source>
        <translation>Device type</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Player version</source>
        <translation>Player version</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>ISP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Stream type</source>
        <translation>Stream type</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Account country</source>
        <translation>Account country</translation>
    </message>
    <message>
        <source>Preferred genre</source>
        <translation>Preferred genre</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Churned</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Content type</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Maturity rating</source>
        <translation>Maturity rating</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation>Content ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Hour (UTC)</translation>
    </message>
    <message>
        <source>Weekday (UTC)</source>
        <translation>Weekday (UTC)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Smart TV</source>
        <translation>Smart TV</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Streaming stick</source>
        <translation>Streaming stick</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Cellular</source>
        <translation>Cellular</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>VOD</source>
        <translation>VOD</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Movie</source>
        <translation>Movie</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Live event</source>
        <translation>Live event</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Start failure</source>
        <translation>Start failure</translation>
    </message>
    <message>
        <source>Exit before start</source>
        <translation>Exit before start</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ExportDefaults</name>
    <message>
        <source>The export size must be between %1 and %2 pixels per side (it is %3 × %4).</source>
        <translation>The export size must be between %1 and %2 pixels per side (it is %3 × %4).</translation>
    </message>
    <message>
        <source>The export resolution must be between %1 and %2 DPI (it is %3).</source>
        <translation>The export resolution must be between %1 and %2 DPI (it is %3).</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot; (png, pdf or svg).</source>
        <translation>Unknown export format &quot;%1&quot; (png, pdf or svg).</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>The size must be from %1 to %2 pixels on each side.</source>
        <translation>The size must be from %1 to %2 pixels on each side.</translation>
    </message>
    <message>
        <source>The resolution must be from %1 to %2 dpi.</source>
        <translation>The resolution must be from %1 to %2 dpi.</translation>
    </message>
    <message>
        <source>At %1 dpi a %2 × %3 image leaves too little room for the chart; choose a lower resolution or a larger size.</source>
        <translation>At %1 dpi a %2 × %3 image leaves too little room for the chart; choose a lower resolution or a larger size.</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source>none (all sessions)</source>
        <translation>none (all sessions)</translation>
    </message>
</context>
<context>
    <name>MetricText</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Video start failures</source>
        <translation>Video start failures</translation>
    </message>
    <message>
        <source>Exits before video start</source>
        <translation>Exits before video start</translation>
    </message>
    <message>
        <source>Playback failures</source>
        <translation>Playback failures</translation>
    </message>
    <message>
        <source>Startup time (median)</source>
        <translation>Startup time (median)</translation>
    </message>
    <message>
        <source>Startup time (p95)</source>
        <translation>Startup time (p95)</translation>
    </message>
    <message>
        <source>Rebuffering ratio</source>
        <translation>Rebuffering ratio</translation>
    </message>
    <message>
        <source>Rebuffers per minute</source>
        <translation>Rebuffers per minute</translation>
    </message>
    <message>
        <source>Sessions with rebuffering</source>
        <translation>Sessions with rebuffering</translation>
    </message>
    <message>
        <source>Average bitrate</source>
        <translation>Average bitrate</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Playing hours</source>
        <translation>Playing hours</translation>
    </message>
    <message>
        <source>Startup score</source>
        <translation>Startup score</translation>
    </message>
    <message>
        <source>Smoothness score</source>
        <translation>Smoothness score</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
</context>
<context>
    <name>PgConnectionTest</name>
    <message>
        <source>The connection failed without a message from the server.</source>
        <translation>The connection failed without a message from the server.</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>Does experienced quality drive churn?</source>
        <translation>Does experienced quality drive churn?</translation>
    </message>
    <message>
        <source>logistic regression per user of churned on the user&apos;s rebuffering ratio (percentage points, Σ rebuffer / (Σ playing + Σ rebuffer) over started sessions), mean startup time (seconds) and plan (free as reference)</source>
        <translation>logistic regression per user of churned on the user&apos;s rebuffering ratio (percentage points, Σ rebuffer / (Σ playing + Σ rebuffer) over started sessions), mean startup time (seconds) and plan (free as reference)</translation>
    </message>
    <message>
        <source>How much viewing does rebuffering cost?</source>
        <translation>How much viewing does rebuffering cost?</translation>
    </message>
    <message>
        <source>linear regression per started session without playback failure of ln(playing_time_s) on the session&apos;s rebuffering ratio (percentage points) and startup time (seconds); 1 % more rebuffering → 100·(1 − e^β) % less played</source>
        <translation>linear regression per started session without playback failure of ln(playing_time_s) on the session&apos;s rebuffering ratio (percentage points) and startup time (seconds); 1 % more rebuffering → 100·(1 − e^β) % less played</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>StreamLens report</source>
        <translation>StreamLens report</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 vs previous period</translation>
    </message>
    <message>
        <source>%1 vs previous period (significant, p %2)</source>
        <translation>%1 vs previous period (significant, p %2)</translation>
    </message>
    <message>
        <source>%1 vs previous period (not significant, p %2)</source>
        <translation>%1 vs previous period (not significant, p %2)</translation>
    </message>
    <message>
        <source>The summary was cancelled.</source>
        <translation>The summary was cancelled.</translation>
    </message>
    <message>
        <source>No summary: %1</source>
        <translation>No summary: %1</translation>
    </message>
    <message>
        <source>%1 sessions, %2 started</source>
        <translation>%1 sessions, %2 started</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF document %1</source>
        <translation>Cannot start the PDF document %1</translation>
    </message>
    <message>
        <source>Video streaming quality of experience</source>
        <translation>Video streaming quality of experience</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>StreamLens: video streaming QoE analysis. Without a command it starts the desktop application; `streamlens help` lists the commands.</source>
        <translation>StreamLens: video streaming QoE analysis. Without a command it starts the desktop application; `streamlens help` lists the commands.</translation>
    </message>
    <message>
        <source>Store file to open (default: the embedded store).</source>
        <translation>Store file to open (default: the embedded store).</translation>
    </message>
    <message>
        <source>Create demo data when the store is empty (the default for the embedded store).</source>
        <translation>Create demo data when the store is empty (the default for the embedded store).</translation>
    </message>
    <message>
        <source>Never create demo data.</source>
        <translation>Never create demo data.</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, larger type; Esc leaves).</source>
        <translation>Start in presentation mode (full screen, larger type; Esc leaves).</translation>
    </message>
</context>
<context>
    <name>streamlens::query</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1p</source>
        <translation>%1p</translation>
    </message>
</context>
<context>
    <name>streamlens::summary</name>
    <message>
        <source>at night (0–5 h UTC)</source>
        <translation>at night (0–5 h UTC)</translation>
    </message>
    <message>
        <source>in the morning (6–11 h UTC)</source>
        <translation>in the morning (6–11 h UTC)</translation>
    </message>
    <message>
        <source>in the afternoon (12–17 h UTC)</source>
        <translation>in the afternoon (12–17 h UTC)</translation>
    </message>
    <message>
        <source>in the evening (18–23 h UTC)</source>
        <translation>in the evening (18–23 h UTC)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Playing hours</source>
        <translation>Playing hours</translation>
    </message>
    <message>
        <source>Median startup time</source>
        <translation>Median startup time</translation>
    </message>
    <message>
        <source>Startup time p95</source>
        <translation>Startup time p95</translation>
    </message>
    <message>
        <source>Rebuffering ratio</source>
        <translation>Rebuffering ratio</translation>
    </message>
    <message>
        <source>Video start failure rate</source>
        <translation>Video start failure rate</translation>
    </message>
    <message>
        <source>Exits before video start</source>
        <translation>Exits before video start</translation>
    </message>
    <message>
        <source>Playback failure rate</source>
        <translation>Playback failure rate</translation>
    </message>
    <message>
        <source>Average bitrate</source>
        <translation>Average bitrate</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Churn rate</translation>
    </message>
    <message>
        <source>Share of slow starts</source>
        <translation>Share of slow starts</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Share of starts slower than the median (%1)</source>
        <translation>Share of starts slower than the median (%1)</translation>
    </message>
    <message>
        <source>%1 of all playing time</source>
        <translation>%1 of all playing time</translation>
    </message>
    <message>
        <source>%1 of all attempts</source>
        <translation>%1 of all attempts</translation>
    </message>
    <message>
        <source>rose</source>
        <translation>rose</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>fell</translation>
    </message>
    <message>
        <source>rebuffering time</source>
        <translation>rebuffering time</translation>
    </message>
    <message>
        <source>video start failures</source>
        <translation>video start failures</translation>
    </message>
    <message>
        <source>exits before video start</source>
        <translation>exits before video start</translation>
    </message>
    <message>
        <source>playback failures</source>
        <translation>playback failures</translation>
    </message>
    <message>
        <source>slow starts</source>
        <translation>slow starts</translation>
    </message>
    <message>
        <source>Most of the excess (%1) is in %2.</source>
        <translation>Most of the excess (%1) is in %2.</translation>
    </message>
    <message>
        <source>%1 for %2 is %3 the rest (%4 vs %5). The segment has %6; its excess over the rest&apos;s rate is %7 of all %8. Significant after Holm correction over %9 comparisons (%10, adjusted %11).</source>
        <translation>%1 for %2 is %3 the rest (%4 vs %5). The segment has %6; its excess over the rest&apos;s rate is %7 of all %8. Significant after Holm correction over %9 comparisons (%10, adjusted %11).</translation>
    </message>
    <message>
        <source>%1 %2 from %3 to %4 (%5) compared with the previous %6. Significant after Holm correction over %7 comparisons (%8, adjusted %9).</source>
        <translation>%1 %2 from %3 to %4 (%5) compared with the previous %6. Significant after Holm correction over %7 comparisons (%8, adjusted %9).</translation>
    </message>
    <message>
        <source>%1 of the change comes from %2 (%3 of the volume), where it went from %4 to %5.</source>
        <translation>%1 of the change comes from %2 (%3 of the volume), where it went from %4 to %5.</translation>
    </message>
    <message>
        <source>sessions %1</source>
        <translation>sessions %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>streamlens::summary::SummaryText</name>
    <message>
        <source>The date range is empty.</source>
        <translation>The date range is empty.</translation>
    </message>
    <message>
        <source>There are no sessions to summarise.</source>
        <translation>There are no sessions to summarise.</translation>
    </message>
    <message>
        <source>No date range is set, so the whole span of the data is the current period and there is no previous period to compare with.</source>
        <translation>No date range is set, so the whole span of the data is the current period and there is no previous period to compare with.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
</context>
<context>
    <name>streamlens::ui</name>
    <message>
        <source>%1 not: %2</source>
        <translation>%1 not: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>%1 &lt; %2</source>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Statistic %1</source>
        <translation>Statistic %1</translation>
    </message>
    <message>
        <source>Degrees of freedom (numerator)</source>
        <translation>Degrees of freedom (numerator)</translation>
    </message>
    <message>
        <source>Degrees of freedom</source>
        <translation>Degrees of freedom</translation>
    </message>
    <message>
        <source>Degrees of freedom (denominator)</source>
        <translation>Degrees of freedom (denominator)</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-value</translation>
    </message>
    <message>
        <source>Effect size (%1)</source>
        <translation>Effect size (%1)</translation>
    </message>
    <message>
        <source>%1 % CI of %2, low</source>
        <translation>%1 % CI of %2, low</translation>
    </message>
    <message>
        <source>%1 % CI of %2, high</source>
        <translation>%1 % CI of %2, high</translation>
    </message>
    <message>
        <source>Significance level α</source>
        <translation>Significance level α</translation>
    </message>
    <message>
        <source>Units in the selection</source>
        <translation>Units in the selection</translation>
    </message>
    <message>
        <source>Left out: variable null</source>
        <translation>Left out: variable null</translation>
    </message>
    <message>
        <source>Left out: group null</source>
        <translation>Left out: group null</translation>
    </message>
    <message>
        <source>Left out: other groups</source>
        <translation>Left out: other groups</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Successes</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Least-squares line (all pairs)</source>
        <translation>Least-squares line (all pairs)</translation>
    </message>
    <message>
        <source>Pairs with both values</source>
        <translation>Pairs with both values</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Intercept</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Slope</translation>
    </message>
    <message>
        <source>Points drawn</source>
        <translation>Points drawn</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Within-cluster SS</source>
        <translation>Within-cluster SS</translation>
    </message>
    <message>
        <source>Mean silhouette</source>
        <translation>Mean silhouette</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>Std. error</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>CI low</source>
        <translation>CI low</translation>
    </message>
    <message>
        <source>CI high</source>
        <translation>CI high</translation>
    </message>
    <message>
        <source>Odds ratio</source>
        <translation>Odds ratio</translation>
    </message>
    <message>
        <source>(Intercept)</source>
        <translation>(Intercept)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Units used</source>
        <translation>Units used</translation>
    </message>
    <message>
        <source>Left out: a null value</source>
        <translation>Left out: a null value</translation>
    </message>
    <message>
        <source>Left out by exclusion</source>
        <translation>Left out by exclusion</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Adjusted R²</source>
        <translation>Adjusted R²</translation>
    </message>
    <message>
        <source>Residual standard error</source>
        <translation>Residual standard error</translation>
    </message>
    <message>
        <source>F statistic</source>
        <translation>F statistic</translation>
    </message>
    <message>
        <source>p-value of F</source>
        <translation>p-value of F</translation>
    </message>
    <message>
        <source>McFadden R²</source>
        <translation>McFadden R²</translation>
    </message>
    <message>
        <source>Deviance</source>
        <translation>Deviance</translation>
    </message>
    <message>
        <source>Null deviance</source>
        <translation>Null deviance</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Held out (test split)</source>
        <translation>Held out (test split)</translation>
    </message>
    <message>
        <source>AUC (held out)</source>
        <translation>AUC (held out)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Specificity</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Actual \ predicted</source>
        <translation>Actual \ predicted</translation>
    </message>
    <message>
        <source>%1 = 1</source>
        <translation>%1 = 1</translation>
    </message>
    <message>
        <source>%1 = 0</source>
        <translation>%1 = 0</translation>
    </message>
    <message>
        <source>RMSE (held out)</source>
        <translation>RMSE (held out)</translation>
    </message>
    <message>
        <source>R² (held out)</source>
        <translation>R² (held out)</translation>
    </message>
    <message>
        <source>Total within-cluster SS</source>
        <translation>Total within-cluster SS</translation>
    </message>
    <message>
        <source>Between-cluster SS / total SS</source>
        <translation>Between-cluster SS / total SS</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::AppearanceTab</name>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>German (Deutsch)</source>
        <translation>German (Deutsch)</translation>
    </message>
    <message>
        <source>&amp;Font scale:</source>
        <translation>&amp;Font scale:</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Scales every text of StreamLens; 1.00 is the system&apos;s size.</source>
        <translation>Scales every text of StreamLens; 1.00 is the system&apos;s size.</translation>
    </message>
    <message>
        <source>Startup time 1.8 s · Rebuffering 0.42 %</source>
        <translation>Startup time 1.8 s · Rebuffering 0.42 %</translation>
    </message>
    <message>
        <source>Theme, language and font scale change at once when you apply them; no restart is needed.</source>
        <translation>Theme, language and font scale change at once when you apply them; no restart is needed.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::BreakdownChart</name>
    <message>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>others (%1)</source>
        <translation>others (%1)</translation>
    </message>
    <message>
        <source>others</source>
        <translation>others</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4 attempts</source>
        <translation>%1
%2: %3
%4 attempts</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ChartExportMenu</name>
    <message>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, PDF or SVG at a chosen size</source>
        <translation>Save this chart as PNG, PDF or SVG at a chosen size</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Copy this chart as an image at the default export size</source>
        <translation>Copy this chart as an image at the default export size</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ClusterProfileChart</name>
    <message>
        <source>Segment profiles</source>
        <translation>Segment profiles</translation>
    </message>
    <message>
        <source>segment %1 (%2 %)</source>
        <translation>segment %1 (%2 %)</translation>
    </message>
    <message>
        <source>Standardised centroid (SD from the mean)</source>
        <translation>Standardised centroid (SD from the mean)</translation>
    </message>
    <message>
        <source>Profiles of %1 segments of %2 units</source>
        <translation>Profiles of %1 segments of %2 units</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ColumnRuleEditor</name>
    <message>
        <source>Choose a contract column in the list</source>
        <translation>Choose a contract column in the list</translation>
    </message>
    <message>
        <source>Where %1 comes from</source>
        <translation>Where %1 comes from</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Constant:</source>
        <translation>Constant:</translation>
    </message>
    <message>
        <source>Null values:</source>
        <translation>Null values:</translation>
    </message>
    <message>
        <source>Trim spaces:</source>
        <translation>Trim spaces:</translation>
    </message>
    <message>
        <source>List separator:</source>
        <translation>List separator:</translation>
    </message>
    <message>
        <source>Letter case:</source>
        <translation>Letter case:</translation>
    </message>
    <message>
        <source>Value map:</source>
        <translation>Value map:</translation>
    </message>
    <message>
        <source>Values not in the map:</source>
        <translation>Values not in the map:</translation>
    </message>
    <message>
        <source>Country names:</source>
        <translation>Country names:</translation>
    </message>
    <message>
        <source>Duration text:</source>
        <translation>Duration text:</translation>
    </message>
    <message>
        <source>Seconds per season:</source>
        <translation>Seconds per season:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Date format:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(constant value)</source>
        <translation>(constant value)</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>lower case</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>upper case</translation>
    </message>
    <message>
        <source>keep as they are</source>
        <translation>keep as they are</translation>
    </message>
    <message>
        <source>reject the row</source>
        <translation>reject the row</translation>
    </message>
    <message>
        <source>make empty</source>
        <translation>make empty</translation>
    </message>
    <message>
        <source>remove spaces around the value</source>
        <translation>remove spaces around the value</translation>
    </message>
    <message>
        <source>English country name → ISO 3166 code</source>
        <translation>English country name → ISO 3166 code</translation>
    </message>
    <message>
        <source>read “90 min”, “1 h 30 min”, “1:30:00”</source>
        <translation>read “90 min”, “1 h 30 min”, “1:30:00”</translation>
    </message>
    <message>
        <source>refuse seasons</source>
        <translation>refuse seasons</translation>
    </message>
    <message>
        <source>e.g. NA, n/a, -</source>
        <translation>e.g. NA, n/a, -</translation>
    </message>
    <message>
        <source>take the first item, e.g. ,</source>
        <translation>take the first item, e.g. ,</translation>
    </message>
    <message>
        <source>one per line: Smartphone = mobile</source>
        <translation>one per line: Smartphone = mobile</translation>
    </message>
    <message>
        <source>the file&apos;s format, or e.g. dd-MM-yy</source>
        <translation>the file&apos;s format, or e.g. dd-MM-yy</translation>
    </message>
    <message>
        <source>e.g. nf-{} (the value replaces {})</source>
        <translation>e.g. nf-{} (the value replaces {})</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::CompareGroupsForm</name>
    <message>
        <source>Automatic (fits the data)</source>
        <translation>Automatic (fits the data)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Groups of</source>
        <translation>Groups of</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Groups to include (none checked: every group; two-group tests need exactly two). Units under the current filter:</source>
        <translation>Groups to include (none checked: every group; two-group tests need exactly two). Units under the current filter:</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ConnectionsEditor</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>New connection %1</source>
        <translation>New connection %1</translation>
    </message>
    <message>
        <source>Not tested: no password was given.</source>
        <translation>Not tested: no password was given.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 …</source>
        <translation>Connecting to %1:%2 …</translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot; (database %2).
%3</source>
        <translation>Connected to &quot;%1&quot; (database %2).
%3</translation>
    </message>
    <message>
        <source>Could not connect to &quot;%1&quot;:
%2</source>
        <translation>Could not connect to &quot;%1&quot;:
%2</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Kept in the system keyring, never in the settings file.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Active connection (used by the warehouse):</source>
        <translation>Active connection (used by the warehouse):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Name, address or socket folder</source>
        <translation>Name, address or socket folder</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL mode:</translation>
    </message>
    <message>
        <source>disable: never use SSL</source>
        <translation>disable: never use SSL</translation>
    </message>
    <message>
        <source>allow: SSL only when the server demands it</source>
        <translation>allow: SSL only when the server demands it</translation>
    </message>
    <message>
        <source>prefer: SSL when the server offers it</source>
        <translation>prefer: SSL when the server offers it</translation>
    </message>
    <message>
        <source>require: always SSL, certificate not checked</source>
        <translation>require: always SSL, certificate not checked</translation>
    </message>
    <message>
        <source>verify-ca: SSL, certificate signed by a trusted CA</source>
        <translation>verify-ca: SSL, certificate signed by a trusted CA</translation>
    </message>
    <message>
        <source>verify-full: SSL, trusted certificate for this host name</source>
        <translation>verify-full: SSL, trusted certificate for this host name</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Connects with these values (saved or not) and asks the server for its version.</source>
        <translation>Connects with these values (saved or not) and asks the server for its version.</translation>
    </message>
    <message>
        <source>No system keyring (%1): passwords are kept until StreamLens quits and asked once per session, never written to the settings file.</source>
        <translation>No system keyring (%1): passwords are kept until StreamLens quits and asked once per session, never written to the settings file.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::CrosstabChart</name>
    <message>
        <source>%1 · %2
%3: %4
%5 attempts</source>
        <translation>%1 · %2
%3: %4
%5 attempts</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::CsvImportTab</name>
    <message>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <source>One character</source>
        <translation>One character</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Quote:</translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation>Double quote ( &quot; )</translation>
    </message>
    <message>
        <source>Single quote ( &apos; )</source>
        <translation>Single quote ( &apos; )</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>Decimal &amp;separator:</translation>
    </message>
    <message>
        <source>Point (1234.5)</source>
        <translation>Point (1234.5)</translation>
    </message>
    <message>
        <source>Comma (1234,5)</source>
        <translation>Comma (1234,5)</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>Date &amp;format:</translation>
    </message>
    <message>
        <source>iso: ISO 8601, as the contract&apos;s files; unix_s / unix_ms: seconds / milliseconds since 1970; or a pattern.</source>
        <translation>iso: ISO 8601, as the contract&apos;s files; unix_s / unix_ms: seconds / milliseconds since 1970; or a pattern.</translation>
    </message>
    <message>
        <source>Patterns: yyyy year, MM month, dd day, HH hour (24 h), hh hour (12 h) with AP, mm minutes, ss seconds. Times without a zone are read as UTC.</source>
        <translation>Patterns: yyyy year, MM month, dd day, HH hour (24 h), hh hour (12 h) with AP, mm minutes, ss seconds. Times without a zone are read as UTC.</translation>
    </message>
    <message>
        <source>First row holds the &amp;column names</source>
        <translation>First row holds the &amp;column names</translation>
    </message>
    <message>
        <source>&amp;Reject threshold:</source>
        <translation>&amp;Reject threshold:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>When more rows than this share are rejected, the import loads nothing and lists the rejected rows.</source>
        <translation>When more rows than this share are rejected, the import loads nothing and lists the rejected rows.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::DataController</name>
    <message>
        <source>Creating demo data (%L1 sessions)…</source>
        <translation>Creating demo data (%L1 sessions)…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Saving into %1…</source>
        <translation>Saving into %1…</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::DataPage</name>
    <message>
        <source>Sorting…</source>
        <translation>Sorting…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Write the rows to a CSV file or an Excel workbook</source>
        <translation>Write the rows to a CSV file or an Excel workbook</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Sessions (%L1)</source>
        <translation>Sessions (%L1)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Users (%L1)</source>
        <translation>Users (%L1)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Titles (%L1)</source>
        <translation>Titles (%L1)</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>Events (%L1)</source>
        <translation>Events (%L1)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Sessions that match the filter.</source>
        <translation>Sessions that match the filter.</translation>
    </message>
    <message>
        <source>Users with at least one session that matches the filter.</source>
        <translation>Users with at least one session that matches the filter.</translation>
    </message>
    <message>
        <source>Titles played in at least one session that matches the filter.</source>
        <translation>Titles played in at least one session that matches the filter.</translation>
    </message>
    <message>
        <source>Player events of the sessions that match the filter.</source>
        <translation>Player events of the sessions that match the filter.</translation>
    </message>
    <message>
        <source>Cannot list the rows: %1</source>
        <translation>Cannot list the rows: %1</translation>
    </message>
    <message>
        <source>Too many cells to copy (at most %L1); use Export… for large selections.</source>
        <translation>Too many cells to copy (at most %L1); use Export… for large selections.</translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation>Nothing copied: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>Copied %Ln row.</numerusform>
            <numerusform>Copied %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Choose a file name ending in .csv or .xlsx.</translation>
    </message>
    <message>
        <source>The rows are not ready yet.</source>
        <translation>The rows are not ready yet.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Wrote %L1 rows to %2 (%3 sheets).</source>
        <translation>Wrote %L1 rows to %2 (%3 sheets).</translation>
    </message>
    <message>
        <source>Wrote %L1 rows to %2.</source>
        <translation>Wrote %L1 rows to %2.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Export rows</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV file (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export all rows listed, or only the selected ones?</source>
        <translation>Export all rows listed, or only the selected ones?</translation>
    </message>
    <message>
        <source>All %L1 rows</source>
        <translation>All %L1 rows</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected row(s)</source>
        <translation>
            <numerusform>%Ln selected row</numerusform>
            <numerusform>%Ln selected rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::DataSourcesTab</name>
    <message>
        <source>Store file</source>
        <translation>Store file</translation>
    </message>
    <message>
        <source>StreamLens store (*.db);;All files (*)</source>
        <translation>StreamLens store (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Embedded store (SQLite)</source>
        <translation>Embedded store (SQLite)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Create &amp;demo data</source>
        <translation>Create &amp;demo data</translation>
    </message>
    <message>
        <source>Fills this store with the generated demo dataset when it is new or empty.</source>
        <translation>Fills this store with the generated demo dataset when it is new or empty.</translation>
    </message>
    <message>
        <source>StreamLens opens this file at start. A file that does not exist yet becomes a new, empty store.</source>
        <translation>StreamLens opens this file at start. A file that does not exist yet becomes a new, empty store.</translation>
    </message>
    <message>
        <source>PostgreSQL connections</source>
        <translation>PostgreSQL connections</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::DateRangeGroup</name>
    <message>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Show every day of the data</source>
        <translation>Show every day of the data</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>The last %n days of the data</source>
        <translation>
            <numerusform>The last day of the data</numerusform>
            <numerusform>The last %n days of the data</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day of the data</source>
        <translation>Every day of the data</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ExploreChart</name>
    <message>
        <source>No sessions match the filter</source>
        <translation>No sessions match the filter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>One point per UTC day, or per hour when the selection spans at most three days.</source>
        <translation>One point per UTC day, or per hour when the selection spans at most three days.</translation>
    </message>
    <message>
        <source>The largest groups of the selection; the remaining groups are folded into “others”.</source>
        <translation>The largest groups of the selection; the remaining groups are folded into “others”.</translation>
    </message>
    <message>
        <source>Rebuffering ratio per weekday and hour of the day (UTC); brighter cells rebuffer more.</source>
        <translation>Rebuffering ratio per weekday and hour of the day (UTC); brighter cells rebuffer more.</translation>
    </message>
    <message>
        <source>The metric for each device type on each CDN (the largest groups).</source>
        <translation>The metric for each device type on each CDN (the largest groups).</translation>
    </message>
    <message>
        <source>Share of started sessions per 100 ms of startup time (bars, left axis) and the share that started faster (line, right axis), up to the 99th percentile.</source>
        <translation>Share of started sessions per 100 ms of startup time (bars, left axis) and the share that started faster (line, right axis), up to the 99th percentile.</translation>
    </message>
    <message>
        <source>The titles with the most playing hours in the selection.</source>
        <translation>The titles with the most playing hours in the selection.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ExplorePage</name>
    <message>
        <source>Rebuffering ratio by weekday and hour (UTC)</source>
        <translation>Rebuffering ratio by weekday and hour (UTC)</translation>
    </message>
    <message>
        <source>Device type × CDN</source>
        <translation>Device type × CDN</translation>
    </message>
    <message>
        <source>Top titles by playing hours</source>
        <translation>Top titles by playing hours</translation>
    </message>
    <message>
        <source>Clear %1 × %2</source>
        <translation>Clear %1 × %2</translation>
    </message>
    <message>
        <source>Filter on %1 × %2</source>
        <translation>Filter on %1 × %2</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PNG image (exact pixel size)</source>
        <translation>PNG image (exact pixel size)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF document (vector)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG drawing (vector)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD slide)</source>
        <translation>1920 × 1080 (Full HD slide)</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>1080 × 1080 (square)</source>
        <translation>1080 × 1080 (square)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>Higher values draw type and lines larger at the same pixel size.</source>
        <translation>Higher values draw type and lines larger at the same pixel size.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>As on screen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choose a file to write.</translation>
    </message>
    <message>
        <source>The file name must end in .%1.</source>
        <translation>The file name must end in .%1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Laid out like a %1 × %2 window and drawn %3× larger; %4 × %5 in when printed.</source>
        <translation>Laid out like a %1 × %2 window and drawn %3× larger; %4 × %5 in when printed.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ExportTab</name>
    <message>
        <source>PNG files get exactly this many pixels. PDF and SVG are vector drawings of %1 × %2 cm at this resolution.</source>
        <translation>PNG files get exactly this many pixels. PDF and SVG are vector drawings of %1 × %2 cm at this resolution.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <source>%1 (Full HD, slides)</source>
        <translation>%1 (Full HD, slides)</translation>
    </message>
    <message>
        <source>%1 (HD)</source>
        <translation>%1 (HD)</translation>
    </message>
    <message>
        <source>%1 (square, social media)</source>
        <translation>%1 (square, social media)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>&amp;Pixels:</source>
        <translation>&amp;Pixels:</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Height in pixels</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF document (vector)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG drawing (vector)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FacetGroup</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Remove the %1 filter</source>
        <translation>Remove the %1 filter</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>Search %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FacetListModel</name>
    <message>
        <source>%1: %2 sessions</source>
        <translation>%1: %2 sessions</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FilterChip</name>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FilterChipsBar</name>
    <message>
        <source>No filter: all sessions</source>
        <translation>No filter: all sessions</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Remove filter %1</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FilterEditor</name>
    <message>
        <source>Clear %1</source>
        <translation>Clear %1</translation>
    </message>
    <message>
        <source>Filter %1 = %2</source>
        <translation>Filter %1 = %2</translation>
    </message>
    <message>
        <source>Change date range</source>
        <translation>Change date range</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FilterPanel</name>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FindingsList</name>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Show this segment</source>
        <translation>Show this segment</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::GroupComparisonChart</name>
    <message>
        <source>Compare groups</source>
        <translation>Compare groups</translation>
    </message>
    <message>
        <source>%1
n = %2</source>
        <translation>%1
n = %2</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>%1 by %2: box = quartiles, whiskers = 1.5 IQR, ◆ = mean</source>
        <translation>%1 by %2: box = quartiles, whiskers = 1.5 IQR, ◆ = mean</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>%1 by %2 (share of units with value 1)</source>
        <translation>%1 by %2 (share of units with value 1)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ImportDialog</name>
    <message>
        <source>CSV file to import</source>
        <translation>CSV file to import</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Import a CSV file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>A CSV file in any layout</source>
        <translation>A CSV file in any layout</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Holds:</translation>
    </message>
    <message>
        <source>users (subscriber accounts)</source>
        <translation>users (subscriber accounts)</translation>
    </message>
    <message>
        <source>content (titles)</source>
        <translation>content (titles)</translation>
    </message>
    <message>
        <source>sessions (views)</source>
        <translation>sessions (views)</translation>
    </message>
    <message>
        <source>performance events</source>
        <translation>performance events</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Quote:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>Decimal &amp;separator:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>&amp;Reject at most:</source>
        <translation>&amp;Reject at most:</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>comma ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>semicolon ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>bar |</source>
        <translation>bar |</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>The first row holds the column names</translation>
    </message>
    <message>
        <source>More rejected rows than this share, and nothing is imported</source>
        <translation>More rejected rows than this share, and nothing is imported</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Match by &amp;name</source>
        <translation>Match by &amp;name</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Load mapping…</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>Sa&amp;ve mapping…</translation>
    </message>
    <message>
        <source>E&amp;xport rejected rows…</source>
        <translation>E&amp;xport rejected rows…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Choose a file to see how it reads.</source>
        <translation>Choose a file to see how it reads.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Cannot read the file this way: %1</source>
        <translation>Cannot read the file this way: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s), read as %1. The first rows:</source>
        <translation>
            <numerusform>%Ln column, read as %1. The first rows:</numerusform>
            <numerusform>%Ln columns, read as %1. The first rows:</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Load a column mapping</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Column mappings (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be loaded: %1</source>
        <translation>The mapping could not be loaded: %1</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Mapping loaded from %1.</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Save the column mapping</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>The mapping could not be saved: %1</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Mapping saved to %1.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>Imported; some rows were rejected.</source>
        <translation>Imported; some rows were rejected.</translation>
    </message>
    <message>
        <source>Not imported: too many rows were rejected. Nothing was changed.</source>
        <translation>Not imported: too many rows were rejected. Nothing was changed.</translation>
    </message>
    <message>
        <source>Not imported: the file could not be read as mapped. Nothing was changed.</source>
        <translation>Not imported: the file could not be read as mapped. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded (%3 new, %4 replaced), %5 rejected, in %6 s.</source>
        <translation>%1 of %2 rows loaded (%3 new, %4 replaced), %5 rejected, in %6 s.</translation>
    </message>
    <message>
        <source>Kept aside as extra columns: %1</source>
        <translation>Kept aside as extra columns: %1</translation>
    </message>
    <message>
        <source>%1 more rejected rows are counted but not listed.</source>
        <translation>%1 more rejected rows are counted but not listed.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Export rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>Rejected rows written to %1.</translation>
    </message>
    <message>
        <source>Could not write the rejected rows: %1</source>
        <translation>Could not write the rejected rows: %1</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::KScanChart</name>
    <message>
        <source>Silhouette and WSS by k</source>
        <translation>Silhouette and WSS by k</translation>
    </message>
    <message>
        <source>within-cluster SS (left)</source>
        <translation>within-cluster SS (left)</translation>
    </message>
    <message>
        <source>mean silhouette (right)</source>
        <translation>mean silhouette (right)</translation>
    </message>
    <message>
        <source>Number of segments k (click to choose)</source>
        <translation>Number of segments k (click to choose)</translation>
    </message>
    <message>
        <source>Within-cluster sum of squares</source>
        <translation>Within-cluster sum of squares</translation>
    </message>
    <message>
        <source>Mean silhouette</source>
        <translation>Mean silhouette</translation>
    </message>
    <message>
        <source>Choosing k: silhouette and within-cluster SS (k = %1 in use)</source>
        <translation>Choosing k: silhouette and within-cluster SS (k = %1 in use)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::LevelCombo</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Viewers (per user)</source>
        <translation>Viewers (per user)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::MainWindow</name>
    <message>
        <source>No data: %1</source>
        <translation>No data: %1</translation>
    </message>
    <message>
        <source>Could not open the data</source>
        <translation>Could not open the data</translation>
    </message>
    <message>
        <source>StreamLens</source>
        <translation>StreamLens</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explore</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Filter panel</source>
        <translation>Filter panel</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Full screen with larger type; PageDown/PageUp change pages, Esc leaves</source>
        <translation>Full screen with larger type; PageDown/PageUp change pages, Esc leaves</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sessions selected · %3 users · %4 titles</source>
        <translation>%1 of %2 sessions selected · %3 users · %4 titles</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Could not save into the store</source>
        <translation>Could not save into the store</translation>
    </message>
    <message>
        <source>The store was left as it was.

%1</source>
        <translation>The store was left as it was.

%1</translation>
    </message>
    <message>
        <source>Saved into %1</source>
        <translation>Saved into %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::MappingTableModel</name>
    <message>
        <source>null values (%L1)</source>
        <translation>null values (%L1)</translation>
    </message>
    <message>
        <source>first of list split by “%1”</source>
        <translation>first of list split by “%1”</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>lower case</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>upper case</translation>
    </message>
    <message>
        <source>value map (%L1)</source>
        <translation>value map (%L1)</translation>
    </message>
    <message>
        <source>country name → ISO code</source>
        <translation>country name → ISO code</translation>
    </message>
    <message>
        <source>duration text, %L1 s per season</source>
        <translation>duration text, %L1 s per season</translation>
    </message>
    <message>
        <source>duration text</source>
        <translation>duration text</translation>
    </message>
    <message>
        <source>date format %1</source>
        <translation>date format %1</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>template %1</translation>
    </message>
    <message>
        <source>no trimming</source>
        <translation>no trimming</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>(needs a source or constant)</source>
        <translation>(needs a source or constant)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>column %L1</source>
        <translation>column %L1</translation>
    </message>
    <message>
        <source>constant “%1”</source>
        <translation>constant “%1”</translation>
    </message>
    <message>
        <source>Contract column</source>
        <translation>Contract column</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transforms</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::OverviewPage</name>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>%1 · %2 sessions, %3 started</source>
        <translation>%1 · %2 sessions, %3 started</translation>
    </message>
    <message>
        <source>no previous period (no date range set)</source>
        <translation>no previous period (no date range set)</translation>
    </message>
    <message>
        <source>no data in the previous %1</source>
        <translation>no data in the previous %1</translation>
    </message>
    <message>
        <source>previous %1: %2</source>
        <translation>previous %1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2 vs previous %3</source>
        <translation>%1 %2 vs previous %3</translation>
    </message>
    <message>
        <source>No previous value to compare with.</source>
        <translation>No previous value to compare with.</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Previous period: %1</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Not tested: %1</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message>
        <source>p = %1, Holm-adjusted over %2 tiles: %3</source>
        <translation>p = %1, Holm-adjusted over %2 tiles: %3</translation>
    </message>
    <message>
        <source>Significant and above the relevance floor of %1: coloured.</source>
        <translation>Significant and above the relevance floor of %1: coloured.</translation>
    </message>
    <message>
        <source>Significant, but smaller than the relevance floor of %1: not coloured.</source>
        <translation>Significant, but smaller than the relevance floor of %1: not coloured.</translation>
    </message>
    <message>
        <source>Not significant after Holm correction: not coloured.</source>
        <translation>Not significant after Holm correction: not coloured.</translation>
    </message>
    <message>
        <source>Could not compute the summary: %1</source>
        <translation>Could not compute the summary: %1</translation>
    </message>
    <message>
        <source>Current period %1 compared with the previous %2 (%3). A change is coloured only when it is significant after Holm correction and large enough to matter.</source>
        <translation>Current period %1 compared with the previous %2 (%3). A change is coloured only when it is significant after Holm correction and large enough to matter.</translation>
    </message>
    <message>
        <source>Whole data span %1. Set a date range to compare with the previous period of equal length.</source>
        <translation>Whole data span %1. Set a date range to compare with the previous period of equal length.</translation>
    </message>
    <message>
        <source>Nothing stands out: none of %1 segment comparisons is significant after Holm correction and at least 1.25× the rest.</source>
        <translation>Nothing stands out: none of %1 segment comparisons is significant after Holm correction and at least 1.25× the rest.</translation>
    </message>
    <message>
        <source>Too few sessions to compare segments.</source>
        <translation>Too few sessions to compare segments.</translation>
    </message>
    <message>
        <source>Only %1 finding(s) are significant after correction; nothing else stands out.</source>
        <translation>Only %1 finding(s) are significant after correction; nothing else stands out.</translation>
    </message>
    <message>
        <source>Ranked by impact. Segments were each tested against the rest of the selection (%1 comparisons, Holm-corrected). Click a finding to select its segment.</source>
        <translation>Ranked by impact. Segments were each tested against the rest of the selection (%1 comparisons, Holm-corrected). Click a finding to select its segment.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::PasswordVault</name>
    <message>
        <source>Password for &quot;%1&quot;</source>
        <translation>Password for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Password for the connection &quot;%1&quot;:</source>
        <translation>Password for the connection &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>no keyring service answered</source>
        <translation>no keyring service answered</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>No password is stored for this connection.</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1). StreamLens keeps passwords only until it quits and asks for them once per session.</source>
        <translation>The system keyring is not available (%1). StreamLens keeps passwords only until it quits and asks for them once per session.</translation>
    </message>
    <message>
        <source>access to the keyring was declined</source>
        <translation>access to the keyring was declined</translation>
    </message>
    <message>
        <source>access to the keyring was denied</source>
        <translation>access to the keyring was denied</translation>
    </message>
    <message>
        <source>no keyring service is installed</source>
        <translation>no keyring service is installed</translation>
    </message>
    <message>
        <source>no keyring service such as GNOME Keyring or KWallet answered</source>
        <translation>no keyring service such as GNOME Keyring or KWallet answered</translation>
    </message>
    <message>
        <source>switched off for this session</source>
        <translation>switched off for this session</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::PredictForm</name>
    <message>
        <source>Logistic (0/1 outcome)</source>
        <translation>Logistic (0/1 outcome)</translation>
    </message>
    <message>
        <source>Linear (numeric outcome)</source>
        <translation>Linear (numeric outcome)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Features:</translation>
    </message>
    <message>
        <source>Reference levels</source>
        <translation>Reference levels</translation>
    </message>
    <message>
        <source>dimension=level, … (default: first alphabetically)</source>
        <translation>dimension=level, … (default: first alphabetically)</translation>
    </message>
    <message>
        <source>Seed (train/test split)</source>
        <translation>Seed (train/test split)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Predicted positive when the probability is at least this</source>
        <translation>Predicted positive when the probability is at least this</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::PresentationOverlay</name>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::QuestionChooser</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ReadyMadeForm</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Seed (train/test split)</source>
        <translation>Seed (train/test split)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::RejectsTableModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::RelateVariablesForm</name>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Variable (x)</source>
        <translation>Variable (x)</translation>
    </message>
    <message>
        <source>Against (y)</source>
        <translation>Against (y)</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlation</translation>
    </message>
    <message>
        <source>Pearson (linear)</source>
        <translation>Pearson (linear)</translation>
    </message>
    <message>
        <source>Spearman (ranks)</source>
        <translation>Spearman (ranks)</translation>
    </message>
    <message>
        <source>Pearson measures a straight-line relation; Spearman any relation that only goes up or only goes down, and resists outliers</source>
        <translation>Pearson measures a straight-line relation; Spearman any relation that only goes up or only goes down, and resists outliers</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ReportExporter</name>
    <message>
        <source>Export &amp;report…</source>
        <translation>Export &amp;report…</translation>
    </message>
    <message>
        <source>Write a PDF report: title page, executive summary and one page per chart</source>
        <translation>Write a PDF report: title page, executive summary and one page per chart</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>There is no data to report on yet.</source>
        <translation>There is no data to report on yet.</translation>
    </message>
    <message>
        <source>StreamLens report</source>
        <translation>StreamLens report</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ResultView</name>
    <message>
        <source>Choose a question and its variables on the left, then press Run. The answer uses the sessions under the current filter.</source>
        <translation>Choose a question and its variables on the left, then press Run. The answer uses the sessions under the current filter.</translation>
    </message>
    <message>
        <source>The data cannot answer this question: %1</source>
        <translation>The data cannot answer this question: %1</translation>
    </message>
    <message>
        <source>Test chosen automatically: %1, because of %2.</source>
        <translation>Test chosen automatically: %1, because of %2.</translation>
    </message>
    <message>
        <source>%1 values lie beyond the whiskers (not drawn).</source>
        <translation>%1 values lie beyond the whiskers (not drawn).</translation>
    </message>
    <message>
        <source>The chart draws a random sample of %1 of the %2 pairs; the correlation and the least-squares line use all of them.</source>
        <translation>The chart draws a random sample of %1 of the %2 pairs; the correlation and the least-squares line use all of them.</translation>
    </message>
    <message>
        <source>The silhouette is computed on a random sample of 20,000 units.</source>
        <translation>The silhouette is computed on a random sample of 20,000 units.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Coefficients and fit come from all %1 units; the ROC curve, AUC, accuracy and the confusion matrix from a model refitted on a seeded training split and evaluated on the %2 held-out units.</source>
        <translation>Coefficients and fit come from all %1 units; the ROC curve, AUC, accuracy and the confusion matrix from a model refitted on a seeded training split and evaluated on the %2 held-out units.</translation>
    </message>
    <message>
        <source>Coefficients and fit come from all %1 units; the held-out RMSE and R² from a model refitted on a seeded training split and evaluated on the %2 held-out units.</source>
        <translation>Coefficients and fit come from all %1 units; the held-out RMSE and R² from a model refitted on a seeded training split and evaluated on the %2 held-out units.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::RocChart</name>
    <message>
        <source>ROC curve</source>
        <translation>ROC curve</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>chance</translation>
    </message>
    <message>
        <source>held-out units (AUC = %1)</source>
        <translation>held-out units (AUC = %1)</translation>
    </message>
    <message>
        <source>held-out units</source>
        <translation>held-out units</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>threshold %1</translation>
    </message>
    <message>
        <source>False positive rate (1 − specificity)</source>
        <translation>False positive rate (1 − specificity)</translation>
    </message>
    <message>
        <source>True positive rate (recall)</source>
        <translation>True positive rate (recall)</translation>
    </message>
    <message>
        <source>ROC curve on %1 held-out units</source>
        <translation>ROC curve on %1 held-out units</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ScatterFitChart</name>
    <message>
        <source>Relate two variables</source>
        <translation>Relate two variables</translation>
    </message>
    <message>
        <source>random sample of %1 of %2 pairs</source>
        <translation>random sample of %1 of %2 pairs</translation>
    </message>
    <message>
        <source>all %1 pairs</source>
        <translation>all %1 pairs</translation>
    </message>
    <message>
        <source>least-squares line, fitted on all %1 pairs</source>
        <translation>least-squares line, fitted on all %1 pairs</translation>
    </message>
    <message>
        <source>least-squares line</source>
        <translation>least-squares line</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 against %2</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::SegmentViewersForm</name>
    <message>
        <source>Per-viewer features (standardised before clustering):</source>
        <translation>Per-viewer features (standardised before clustering):</translation>
    </message>
    <message>
        <source>Segments (k)</source>
        <translation>Segments (k)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed gives the same segments</source>
        <translation>The same seed gives the same segments</translation>
    </message>
    <message>
        <source>Compare k − 2 … k + 2 (silhouette, WSS)</source>
        <translation>Compare k − 2 … k + 2 (silhouette, WSS)</translation>
    </message>
    <message>
        <source>Five more k-means fits with silhouettes: several times slower on hundreds of thousands of viewers</source>
        <translation>Five more k-means fits with silhouettes: several times slower on hundreds of thousands of viewers</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::SettingsDialog</name>
    <message>
        <source>Some saved settings were invalid and were reset:</source>
        <translation>Some saved settings were invalid and were reset:</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Nothing was saved:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV import</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::StartupDistributionChart</name>
    <message>
        <source>Cumulative (%)</source>
        <translation>Cumulative (%)</translation>
    </message>
    <message>
        <source>Started sessions (%)</source>
        <translation>Started sessions (%)</translation>
    </message>
    <message>
        <source>Startup time (s)</source>
        <translation>Startup time (s)</translation>
    </message>
    <message>
        <source>Share per 100 ms</source>
        <translation>Share per 100 ms</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>%1–%2 ms
%3 sessions (%4 %)
%5 % start faster than %2 ms</source>
        <translation>%1–%2 ms
%3 sessions (%4 %)
%5 % start faster than %2 ms</translation>
    </message>
    <message>
        <source>Startup time distribution</source>
        <translation>Startup time distribution</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::StatisticsPage</name>
    <message>
        <source>no data is loaded yet</source>
        <translation>no data is loaded yet</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Answer the question on the sessions under the current filter</source>
        <translation>Answer the question on the sessions under the current filter</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::StatsTables</name>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>ln s</source>
        <translation>ln s</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lines</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::StatsText</name>
    <message>
        <source>Welch t test</source>
        <translation>Welch t test</translation>
    </message>
    <message>
        <source>Mann–Whitney U test</source>
        <translation>Mann–Whitney U test</translation>
    </message>
    <message>
        <source>One-way ANOVA</source>
        <translation>One-way ANOVA</translation>
    </message>
    <message>
        <source>Welch ANOVA</source>
        <translation>Welch ANOVA</translation>
    </message>
    <message>
        <source>Kruskal–Wallis test</source>
        <translation>Kruskal–Wallis test</translation>
    </message>
    <message>
        <source>χ² test of independence</source>
        <translation>χ² test of independence</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Fisher&apos;s exact test</translation>
    </message>
    <message>
        <source>Two-proportion z test</source>
        <translation>Two-proportion z test</translation>
    </message>
    <message>
        <source>Pearson correlation</source>
        <translation>Pearson correlation</translation>
    </message>
    <message>
        <source>Spearman rank correlation</source>
        <translation>Spearman rank correlation</translation>
    </message>
    <message>
        <source>two groups large enough for a comparison of means that does not assume equal variances</source>
        <translation>two groups large enough for a comparison of means that does not assume equal variances</translation>
    </message>
    <message>
        <source>a group has fewer than 30 values from a skewed distribution, so ranks are compared instead of means</source>
        <translation>a group has fewer than 30 values from a skewed distribution, so ranks are compared instead of means</translation>
    </message>
    <message>
        <source>more than two groups whose standard deviations differ by less than a factor of 2</source>
        <translation>more than two groups whose standard deviations differ by less than a factor of 2</translation>
    </message>
    <message>
        <source>more than two groups whose standard deviations differ by more than a factor of 2</source>
        <translation>more than two groups whose standard deviations differ by more than a factor of 2</translation>
    </message>
    <message>
        <source>a 0/1 outcome in two groups with every expected count at least 5</source>
        <translation>a 0/1 outcome in two groups with every expected count at least 5</translation>
    </message>
    <message>
        <source>a 0/1 outcome in two groups with an expected count below 5</source>
        <translation>a 0/1 outcome in two groups with an expected count below 5</translation>
    </message>
    <message>
        <source>a 0/1 outcome in more than two groups</source>
        <translation>a 0/1 outcome in more than two groups</translation>
    </message>
    <message>
        <source>Compare groups</source>
        <translation>Compare groups</translation>
    </message>
    <message>
        <source>Relate two variables</source>
        <translation>Relate two variables</translation>
    </message>
    <message>
        <source>Segment viewers</source>
        <translation>Segment viewers</translation>
    </message>
    <message>
        <source>Predict an outcome</source>
        <translation>Predict an outcome</translation>
    </message>
    <message>
        <source>Ready-made questions</source>
        <translation>Ready-made questions</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::TimeSeriesChart</name>
    <message>
        <source>%1 per hour</source>
        <translation>%1 per hour</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 per day</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4 attempts</source>
        <translation>%1
%2: %3
%4 attempts</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::VariableList</name>
    <message>
        <source>%1 (dimension)</source>
        <translation>%1 (dimension)</translation>
    </message>
</context>
</TS>
