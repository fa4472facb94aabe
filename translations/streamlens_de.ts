<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>Setting %1: &quot;%2&quot; is not a whole number; using %3.</source>
        <translation>Einstellung %1: „%2“ ist keine ganze Zahl; %3 wird verwendet.</translation>
    </message>
    <message>
        <source>Setting %1: &quot;%2&quot; is not a number; using %3.</source>
        <translation>Einstellung %1: „%2“ ist keine Zahl; %3 wird verwendet.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot;: unknown SSL mode &quot;%2&quot;; using prefer.</source>
        <translation>Verbindung „%1“: unbekannter SSL-Modus „%2“; prefer wird verwendet.</translation>
    </message>
    <message>
        <source>Setting %1 is invalid (%2); using the contract&apos;s CSV format.</source>
        <translation>Die Einstellung %1 ist ungültig (%2); das CSV-Format des Datenvertrags wird verwendet.</translation>
    </message>
    <message>
        <source>The default is used instead.</source>
        <translation>Stattdessen wird der Standardwert verwendet.</translation>
    </message>
    <message>
        <source>The SQLite store path is empty.</source>
        <translation>Der Pfad des SQLite-Speichers ist leer.</translation>
    </message>
    <message>
        <source>Two connections are named &quot;%1&quot;; names must be unique.</source>
        <translation>Zwei Verbindungen heißen „%1“; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>The active connection &quot;%1&quot; does not exist.</source>
        <translation>Die aktive Verbindung „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>Unknown theme &quot;%1&quot; (light, dark or system).</source>
        <translation>Unbekanntes Farbschema „%1“ (light, dark oder system).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; (en, de, or empty for the system&apos;s).</source>
        <translation>Unbekannte Sprache „%1“ (en, de oder leer für die des Systems).</translation>
    </message>
    <message>
        <source>The font scale must be between %1 and %2 (it is %3).</source>
        <translation>Die Schriftgröße muss zwischen %1 und %2 liegen (sie ist %3).</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No sessions match the filter</source>
        <translation>Keine Sitzungen entsprechen dem Filter</translation>
    </message>
    <message>
        <source>Cannot encode the PNG image for %1</source>
        <translation>Das PNG-Bild für %1 kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>Cannot start the PDF document %1</source>
        <translation>Das PDF-Dokument %1 kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Cannot start the SVG drawing %1</source>
        <translation>Die SVG-Zeichnung %1 kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>There is no clipboard.</source>
        <translation>Es gibt keine Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>ConnInfo</name>
    <message>
        <source>Missing &quot;=&quot; after &quot;%1&quot; in the connection string.</source>
        <translation>Fehlendes „=“ nach „%1“ in der Verbindungszeichenfolge.</translation>
    </message>
    <message>
        <source>Unterminated quoted value of &quot;%1&quot; in the connection string.</source>
        <translation>Nicht abgeschlossener Wert in Anführungszeichen bei „%1“ in der Verbindungszeichenfolge.</translation>
    </message>
    <message>
        <source>Connection URIs are not supported; use key=value pairs.</source>
        <translation>Verbindungs-URIs werden nicht unterstützt; verwenden Sie Schlüssel=Wert-Paare.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>Der Port „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Unknown SSL mode &quot;%1&quot;.</source>
        <translation>Unbekannter SSL-Modus „%1“.</translation>
    </message>
    <message>
        <source>The connection setting &quot;%1&quot; is not supported.</source>
        <translation>Die Verbindungseinstellung „%1“ wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A connection</source>
        <translation>Eine Verbindung</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <source>A connection has no name.</source>
        <translation>Eine Verbindung hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1: the name must not begin or end with spaces.</source>
        <translation>%1: Der Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>%1: the host is empty.</source>
        <translation>%1: Der Host ist leer.</translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535 (it is %2).</source>
        <translation>%1: Der Port muss zwischen 1 und 65535 liegen (er ist %2).</translation>
    </message>
    <message>
        <source>%1: the database name is empty.</source>
        <translation>%1: Der Datenbankname ist leer.</translation>
    </message>
    <message>
        <source>%1: the user name is empty.</source>
        <translation>%1: Der Benutzername ist leer.</translation>
    </message>
</context>
<context>
    <name>CsvFormatRules</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a visible character or tab.</source>
        <translation>Das CSV-Trennzeichen muss ein sichtbares Zeichen oder ein Tabulator sein.</translation>
    </message>
    <message>
        <source>The CSV quote must be a visible character.</source>
        <translation>Das CSV-Anführungszeichen muss ein sichtbares Zeichen sein.</translation>
    </message>
    <message>
        <source>The CSV delimiter and quote cannot both be %1.</source>
        <translation>CSV-Trennzeichen und Anführungszeichen können nicht beide %1 sein.</translation>
    </message>
    <message>
        <source>The decimal separator must be &quot;.&quot; or &quot;,&quot;.</source>
        <translation>Das Dezimaltrennzeichen muss „.“ oder „,“ sein.</translation>
    </message>
    <message>
        <source>The decimal separator cannot be the delimiter (%1): choose another delimiter, such as a semicolon.</source>
        <translation>Das Dezimaltrennzeichen kann nicht das Trennzeichen (%1) sein: Wählen Sie ein anderes Trennzeichen, etwa ein Semikolon.</translation>
    </message>
    <message>
        <source>Unsupported encoding &quot;%1&quot; (%2).</source>
        <translation>Nicht unterstützte Kodierung „%1“ (%2).</translation>
    </message>
    <message>
        <source>The date format &quot;%1&quot; needs a day (d), a month (M) and a year (y), or is one of iso, unix_s, unix_ms.</source>
        <translation>Das Datumsformat „%1“ braucht einen Tag (d), einen Monat (M) und ein Jahr (y) oder ist eines von iso, unix_s, unix_ms.</translation>
    </message>
    <message>
        <source>The reject threshold must be between 0 % and 100 %.</source>
        <translation>Die Ablehnungsschwelle muss zwischen 0 % und 100 % liegen.</translation>
    </message>
</context>
<context>
    <name>DimensionLabels</name>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Player version</source>
        <translation>Player-Version</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>Internetanbieter</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Stream type</source>
        <translation>Streamtyp</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Account country</source>
        <translation>Land des Kontos</translation>
    </message>
    <message>
        <source>Preferred genre</source>
        <translation>Bevorzugtes Genre</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Maturity rating</source>
        <translation>Altersfreigabe</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Content ID</source>
        <translation>Inhalts-ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <source>Weekday (UTC)</source>
        <translation>Wochentag (UTC)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Smartphone</translation>
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
        <translation>Smart-TV</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Spielkonsole</translation>
    </message>
    <message>
        <source>Streaming stick</source>
        <translation>Streaming-Stick</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>Cellular</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
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
        <translation>Film</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Live event</source>
        <translation>Live-Ereignis</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurzfilm</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
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
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Start failure</source>
        <translation>Startfehler</translation>
    </message>
    <message>
        <source>Exit before start</source>
        <translation>Abbruch vor Start</translation>
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
    <name>ExportDefaults</name>
    <message>
        <source>The export size must be between %1 and %2 pixels per side (it is %3 × %4).</source>
        <translation>Die Exportgröße muss zwischen %1 und %2 Pixeln je Seite liegen (sie ist %3 × %4).</translation>
    </message>
    <message>
        <source>The export resolution must be between %1 and %2 DPI (it is %3).</source>
        <translation>Die Exportauflösung muss zwischen %1 und %2 DPI liegen (sie ist %3).</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot; (png, pdf or svg).</source>
        <translation>Unbekanntes Exportformat „%1“ (png, pdf oder svg).</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>The size must be from %1 to %2 pixels on each side.</source>
        <translation>Die Größe muss je Seite zwischen %1 und %2 Pixeln liegen.</translation>
    </message>
    <message>
        <source>The resolution must be from %1 to %2 dpi.</source>
        <translation>Die Auflösung muss zwischen %1 und %2 dpi liegen.</translation>
    </message>
    <message>
        <source>At %1 dpi a %2 × %3 image leaves too little room for the chart; choose a lower resolution or a larger size.</source>
        <translation>Bei %1 dpi lässt ein Bild von %2 × %3 zu wenig Platz für das Diagramm; wählen Sie eine geringere Auflösung oder eine größere Abmessung.</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source>none (all sessions)</source>
        <translation>keiner (alle Sitzungen)</translation>
    </message>
</context>
<context>
    <name>MetricText</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Video start failures</source>
        <translation>Startfehler</translation>
    </message>
    <message>
        <source>Exits before video start</source>
        <translation>Abbrüche vor Videostart</translation>
    </message>
    <message>
        <source>Playback failures</source>
        <translation>Wiedergabefehler</translation>
    </message>
    <message>
        <source>Startup time (median)</source>
        <translation>Startzeit (Median)</translation>
    </message>
    <message>
        <source>Startup time (p95)</source>
        <translation>Startzeit (p95)</translation>
    </message>
    <message>
        <source>Rebuffering ratio</source>
        <translation>Pufferquote</translation>
    </message>
    <message>
        <source>Rebuffers per minute</source>
        <translation>Pufferungen pro Minute</translation>
    </message>
    <message>
        <source>Sessions with rebuffering</source>
        <translation>Sitzungen mit Pufferung</translation>
    </message>
    <message>
        <source>Average bitrate</source>
        <translation>Mittlere Bitrate</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Playing hours</source>
        <translation>Wiedergabestunden</translation>
    </message>
    <message>
        <source>Startup score</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Smoothness score</source>
        <translation>Flüssigkeitswert</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
</context>
<context>
    <name>PgConnectionTest</name>
    <message>
        <source>The connection failed without a message from the server.</source>
        <translation>Die Verbindung ist ohne Meldung des Servers fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>Does experienced quality drive churn?</source>
        <translation>Treibt die erlebte Qualität die Abwanderung?</translation>
    </message>
    <message>
        <source>logistic regression per user of churned on the user&apos;s rebuffering ratio (percentage points, Σ rebuffer / (Σ playing + Σ rebuffer) over started sessions), mean startup time (seconds) and plan (free as reference)</source>
        <translation>logistische Regression je Nutzer von „abgewandert“ auf die Pufferquote des Nutzers (Prozentpunkte, Σ Pufferung / (Σ Wiedergabe + Σ Pufferung) über gestartete Sitzungen), die mittlere Startzeit (Sekunden) und den Tarif (kostenlos als Referenz)</translation>
    </message>
    <message>
        <source>How much viewing does rebuffering cost?</source>
        <translation>Wie viel Wiedergabe kostet das Puffern?</translation>
    </message>
    <message>
        <source>linear regression per started session without playback failure of ln(playing_time_s) on the session&apos;s rebuffering ratio (percentage points) and startup time (seconds); 1 % more rebuffering → 100·(1 − e^β) % less played</source>
        <translation>lineare Regression je gestarteter Sitzung ohne Wiedergabefehler von ln(playing_time_s) auf die Pufferquote der Sitzung (Prozentpunkte) und die Startzeit (Sekunden); 1 % mehr Pufferung → 100·(1 − e^β) % weniger Wiedergabe</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>StreamLens report</source>
        <translation>StreamLens-Bericht</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 gegenüber Vorperiode</translation>
    </message>
    <message>
        <source>%1 vs previous period (significant, p %2)</source>
        <translation>%1 gegenüber Vorperiode (signifikant, p %2)</translation>
    </message>
    <message>
        <source>%1 vs previous period (not significant, p %2)</source>
        <translation>%1 gegenüber Vorperiode (nicht signifikant, p %2)</translation>
    </message>
    <message>
        <source>The summary was cancelled.</source>
        <translation>Die Zusammenfassung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No summary: %1</source>
        <translation>Keine Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>%1 sessions, %2 started</source>
        <translation>%1 Sitzungen, %2 gestartet</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF document %1</source>
        <translation>Das PDF-Dokument %1 kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Video streaming quality of experience</source>
        <translation>Nutzungsqualität (QoE) beim Videostreaming</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>StreamLens: video streaming QoE analysis. Without a command it starts the desktop application; `streamlens help` lists the commands.</source>
        <translation>StreamLens: QoE-Analyse für Videostreaming. Ohne Befehl startet die Desktop-Anwendung; `streamlens help` listet die Befehle auf.</translation>
    </message>
    <message>
        <source>Store file to open (default: the embedded store).</source>
        <translation>Zu öffnende Speicherdatei (Standard: der eingebettete Speicher).</translation>
    </message>
    <message>
        <source>Create demo data when the store is empty (the default for the embedded store).</source>
        <translation>Demodaten erzeugen, wenn der Speicher leer ist (Standard für den eingebetteten Speicher).</translation>
    </message>
    <message>
        <source>Never create demo data.</source>
        <translation>Niemals Demodaten erzeugen.</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, larger type; Esc leaves).</source>
        <translation>Im Präsentationsmodus starten (Vollbild, größere Schrift; Esc beendet).</translation>
    </message>
</context>
<context>
    <name>streamlens::query</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
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
        <translation>nachts (0–5 Uhr UTC)</translation>
    </message>
    <message>
        <source>in the morning (6–11 h UTC)</source>
        <translation>morgens (6–11 Uhr UTC)</translation>
    </message>
    <message>
        <source>in the afternoon (12–17 h UTC)</source>
        <translation>nachmittags (12–17 Uhr UTC)</translation>
    </message>
    <message>
        <source>in the evening (18–23 h UTC)</source>
        <translation>abends (18–23 Uhr UTC)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Playing hours</source>
        <translation>Wiedergabestunden</translation>
    </message>
    <message>
        <source>Median startup time</source>
        <translation>Mediane Startzeit</translation>
    </message>
    <message>
        <source>Startup time p95</source>
        <translation>Startzeit p95</translation>
    </message>
    <message>
        <source>Rebuffering ratio</source>
        <translation>Pufferquote</translation>
    </message>
    <message>
        <source>Video start failure rate</source>
        <translation>Startfehlerquote</translation>
    </message>
    <message>
        <source>Exits before video start</source>
        <translation>Abbrüche vor Videostart</translation>
    </message>
    <message>
        <source>Playback failure rate</source>
        <translation>Wiedergabefehlerquote</translation>
    </message>
    <message>
        <source>Average bitrate</source>
        <translation>Mittlere Bitrate</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsquote</translation>
    </message>
    <message>
        <source>Share of slow starts</source>
        <translation>Anteil langsamer Starts</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Share of starts slower than the median (%1)</source>
        <translation>Anteil der Starts langsamer als der Median (%1)</translation>
    </message>
    <message>
        <source>%1 of all playing time</source>
        <translation>%1 der gesamten Wiedergabezeit</translation>
    </message>
    <message>
        <source>%1 of all attempts</source>
        <translation>%1 aller Versuche</translation>
    </message>
    <message>
        <source>rose</source>
        <translation>stieg</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>sank</translation>
    </message>
    <message>
        <source>rebuffering time</source>
        <translation>Pufferzeit</translation>
    </message>
    <message>
        <source>video start failures</source>
        <translation>Startfehler</translation>
    </message>
    <message>
        <source>exits before video start</source>
        <translation>Abbrüche vor Videostart</translation>
    </message>
    <message>
        <source>playback failures</source>
        <translation>Wiedergabefehler</translation>
    </message>
    <message>
        <source>slow starts</source>
        <translation>langsame Starts</translation>
    </message>
    <message>
        <source>Most of the excess (%1) is in %2.</source>
        <translation>Der größte Teil des Überschusses (%1) liegt in %2.</translation>
    </message>
    <message>
        <source>%1 for %2 is %3 the rest (%4 vs %5). The segment has %6; its excess over the rest&apos;s rate is %7 of all %8. Significant after Holm correction over %9 comparisons (%10, adjusted %11).</source>
        <translation>%1 für %2 ist %3 als im Rest (%4 gegenüber %5). Das Segment hat %6; sein Überschuss gegenüber der Quote des Rests macht %7 aller %8 aus. Signifikant nach Holm-Korrektur über %9 Vergleiche (%10, adjustiert %11).</translation>
    </message>
    <message>
        <source>%1 %2 from %3 to %4 (%5) compared with the previous %6. Significant after Holm correction over %7 comparisons (%8, adjusted %9).</source>
        <translation>%1 %2 von %3 auf %4 (%5) gegenüber den vorherigen %6. Signifikant nach Holm-Korrektur über %7 Vergleiche (%8, adjustiert %9).</translation>
    </message>
    <message>
        <source>%1 of the change comes from %2 (%3 of the volume), where it went from %4 to %5.</source>
        <translation>%1 der Veränderung stammt aus %2 (%3 des Volumens), wo der Wert von %4 auf %5 ging.</translation>
    </message>
    <message>
        <source>sessions %1</source>
        <translation>Sitzungen %1</translation>
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
        <translation>Der Zeitraum ist leer.</translation>
    </message>
    <message>
        <source>There are no sessions to summarise.</source>
        <translation>Es gibt keine Sitzungen zum Zusammenfassen.</translation>
    </message>
    <message>
        <source>No date range is set, so the whole span of the data is the current period and there is no previous period to compare with.</source>
        <translation>Es ist kein Zeitraum gesetzt: Die gesamte Spanne der Daten ist der aktuelle Zeitraum, und es gibt keinen vorherigen Zeitraum zum Vergleich.</translation>
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
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
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
        <translation>Tag</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
</context>
<context>
    <name>streamlens::ui</name>
    <message>
        <source>%1 not: %2</source>
        <translation>%1 nicht: %2</translation>
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
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Statistic %1</source>
        <translation>Statistik %1</translation>
    </message>
    <message>
        <source>Degrees of freedom (numerator)</source>
        <translation>Freiheitsgrade (Zähler)</translation>
    </message>
    <message>
        <source>Degrees of freedom</source>
        <translation>Freiheitsgrade</translation>
    </message>
    <message>
        <source>Degrees of freedom (denominator)</source>
        <translation>Freiheitsgrade (Nenner)</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>Effect size (%1)</source>
        <translation>Effektstärke (%1)</translation>
    </message>
    <message>
        <source>%1 % CI of %2, low</source>
        <translation>%1-%-KI von %2, untere Grenze</translation>
    </message>
    <message>
        <source>%1 % CI of %2, high</source>
        <translation>%1-%-KI von %2, obere Grenze</translation>
    </message>
    <message>
        <source>Significance level α</source>
        <translation>Signifikanzniveau α</translation>
    </message>
    <message>
        <source>Units in the selection</source>
        <translation>Einheiten in der Auswahl</translation>
    </message>
    <message>
        <source>Left out: variable null</source>
        <translation>Weggelassen: Variable fehlt</translation>
    </message>
    <message>
        <source>Left out: group null</source>
        <translation>Weggelassen: Gruppe fehlt</translation>
    </message>
    <message>
        <source>Left out: other groups</source>
        <translation>Weggelassen: andere Gruppen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Quote (%)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
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
        <translation>Kleinste-Quadrate-Gerade (alle Paare)</translation>
    </message>
    <message>
        <source>Pairs with both values</source>
        <translation>Paare mit beiden Werten</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Achsenabschnitt</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <source>Points drawn</source>
        <translation>Gezeichnete Punkte</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Within-cluster SS</source>
        <translation>QS innerhalb der Cluster</translation>
    </message>
    <message>
        <source>Mean silhouette</source>
        <translation>Mittlere Silhouette</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzwert</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>Std.-Fehler</translation>
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
        <translation>KI untere Grenze</translation>
    </message>
    <message>
        <source>CI high</source>
        <translation>KI obere Grenze</translation>
    </message>
    <message>
        <source>Odds ratio</source>
        <translation>Odds Ratio</translation>
    </message>
    <message>
        <source>(Intercept)</source>
        <translation>(Achsenabschnitt)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Units used</source>
        <translation>Verwendete Einheiten</translation>
    </message>
    <message>
        <source>Left out: a null value</source>
        <translation>Weggelassen: ein fehlender Wert</translation>
    </message>
    <message>
        <source>Left out by exclusion</source>
        <translation>Durch Ausschluss weggelassen</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Adjusted R²</source>
        <translation>Adjustiertes R²</translation>
    </message>
    <message>
        <source>Residual standard error</source>
        <translation>Residualstandardfehler</translation>
    </message>
    <message>
        <source>F statistic</source>
        <translation>F-Statistik</translation>
    </message>
    <message>
        <source>p-value of F</source>
        <translation>p-Wert von F</translation>
    </message>
    <message>
        <source>McFadden R²</source>
        <translation>McFadden-R²</translation>
    </message>
    <message>
        <source>Deviance</source>
        <translation>Devianz</translation>
    </message>
    <message>
        <source>Null deviance</source>
        <translation>Null-Devianz</translation>
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
        <translation>Zurückgehalten (Testaufteilung)</translation>
    </message>
    <message>
        <source>AUC (held out)</source>
        <translation>AUC (Testdaten)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Actual \ predicted</source>
        <translation>Tatsächlich \ vorhergesagt</translation>
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
        <translation>RMSE (Testdaten)</translation>
    </message>
    <message>
        <source>R² (held out)</source>
        <translation>R² (Testdaten)</translation>
    </message>
    <message>
        <source>Total within-cluster SS</source>
        <translation>Gesamte QS innerhalb der Cluster</translation>
    </message>
    <message>
        <source>Between-cluster SS / total SS</source>
        <translation>QS zwischen den Clustern / gesamte QS</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::AppearanceTab</name>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch (English)</translation>
    </message>
    <message>
        <source>German (Deutsch)</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>&amp;Font scale:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Scales every text of StreamLens; 1.00 is the system&apos;s size.</source>
        <translation>Skaliert alle Texte von StreamLens; 1,00 ist die Größe des Systems.</translation>
    </message>
    <message>
        <source>Startup time 1.8 s · Rebuffering 0.42 %</source>
        <translation>Startzeit 1,8 s · Pufferung 0,42 %</translation>
    </message>
    <message>
        <source>Theme, language and font scale change at once when you apply them; no restart is needed.</source>
        <translation>Farbschema, Sprache und Schriftgröße ändern sich sofort beim Anwenden; ein Neustart ist nicht nötig.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::BreakdownChart</name>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>others (%1)</source>
        <translation>Sonstige (%1)</translation>
    </message>
    <message>
        <source>others</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4 attempts</source>
        <translation>%1
%2: %3
%4 Versuche</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ChartExportMenu</name>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Save this chart as PNG, PDF or SVG at a chosen size</source>
        <translation>Dieses Diagramm als PNG, PDF oder SVG in einer gewählten Größe speichern</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy this chart as an image at the default export size</source>
        <translation>Dieses Diagramm als Bild in der Standard-Exportgröße kopieren</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ClusterProfileChart</name>
    <message>
        <source>Segment profiles</source>
        <translation>Segmentprofile</translation>
    </message>
    <message>
        <source>segment %1 (%2 %)</source>
        <translation>Segment %1 (%2 %)</translation>
    </message>
    <message>
        <source>Standardised centroid (SD from the mean)</source>
        <translation>Standardisierter Schwerpunkt (SD vom Mittelwert)</translation>
    </message>
    <message>
        <source>Profiles of %1 segments of %2 units</source>
        <translation>Profile von %1 Segmenten aus %2 Einheiten</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ColumnRuleEditor</name>
    <message>
        <source>Choose a contract column in the list</source>
        <translation>Wählen Sie eine Vertragsspalte in der Liste</translation>
    </message>
    <message>
        <source>Where %1 comes from</source>
        <translation>Woher %1 stammt</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Constant:</source>
        <translation>Konstante:</translation>
    </message>
    <message>
        <source>Null values:</source>
        <translation>Nullwerte:</translation>
    </message>
    <message>
        <source>Trim spaces:</source>
        <translation>Leerzeichen entfernen:</translation>
    </message>
    <message>
        <source>List separator:</source>
        <translation>Listentrennzeichen:</translation>
    </message>
    <message>
        <source>Letter case:</source>
        <translation>Groß-/Kleinschreibung:</translation>
    </message>
    <message>
        <source>Value map:</source>
        <translation>Wertezuordnung:</translation>
    </message>
    <message>
        <source>Values not in the map:</source>
        <translation>Werte ohne Zuordnung:</translation>
    </message>
    <message>
        <source>Country names:</source>
        <translation>Ländernamen:</translation>
    </message>
    <message>
        <source>Duration text:</source>
        <translation>Dauer als Text:</translation>
    </message>
    <message>
        <source>Seconds per season:</source>
        <translation>Sekunden pro Staffel:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(constant value)</source>
        <translation>(konstanter Wert)</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>keep as they are</source>
        <translation>unverändert lassen</translation>
    </message>
    <message>
        <source>reject the row</source>
        <translation>Zeile ablehnen</translation>
    </message>
    <message>
        <source>make empty</source>
        <translation>leeren</translation>
    </message>
    <message>
        <source>remove spaces around the value</source>
        <translation>Leerzeichen um den Wert entfernen</translation>
    </message>
    <message>
        <source>English country name → ISO 3166 code</source>
        <translation>Englischer Ländername → ISO-3166-Code</translation>
    </message>
    <message>
        <source>read “90 min”, “1 h 30 min”, “1:30:00”</source>
        <translation>„90 min“, „1 h 30 min“, „1:30:00“ lesen</translation>
    </message>
    <message>
        <source>refuse seasons</source>
        <translation>Staffeln ablehnen</translation>
    </message>
    <message>
        <source>e.g. NA, n/a, -</source>
        <translation>z. B. NA, n/a, -</translation>
    </message>
    <message>
        <source>take the first item, e.g. ,</source>
        <translation>ersten Eintrag nehmen, z. B. ,</translation>
    </message>
    <message>
        <source>one per line: Smartphone = mobile</source>
        <translation>eine pro Zeile: Smartphone = mobile</translation>
    </message>
    <message>
        <source>the file&apos;s format, or e.g. dd-MM-yy</source>
        <translation>das Format der Datei oder z. B. dd-MM-yy</translation>
    </message>
    <message>
        <source>e.g. nf-{} (the value replaces {})</source>
        <translation>z. B. nf-{} (der Wert ersetzt {})</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::CompareGroupsForm</name>
    <message>
        <source>Automatic (fits the data)</source>
        <translation>Automatisch (passend zu den Daten)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Groups of</source>
        <translation>Gruppen nach</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Groups to include (none checked: every group; two-group tests need exactly two). Units under the current filter:</source>
        <translation>Einzubeziehende Gruppen (keine angehakt: alle Gruppen; Tests für zwei Gruppen brauchen genau zwei). Einheiten unter dem aktuellen Filter:</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ConnectionsEditor</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>New connection %1</source>
        <translation>Neue Verbindung %1</translation>
    </message>
    <message>
        <source>Not tested: no password was given.</source>
        <translation>Nicht getestet: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 …</source>
        <translation>Verbindung mit %1:%2 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot; (database %2).
%3</source>
        <translation>Verbunden mit „%1“ (Datenbank %2).
%3</translation>
    </message>
    <message>
        <source>Could not connect to &quot;%1&quot;:
%2</source>
        <translation>Verbindung mit „%1“ nicht möglich:
%2</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Active connection (used by the warehouse):</source>
        <translation>Aktive Verbindung (vom Data Warehouse verwendet):</translation>
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
        <translation>Name, Adresse oder Socket-Ordner</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>disable: never use SSL</source>
        <translation>disable: nie SSL verwenden</translation>
    </message>
    <message>
        <source>allow: SSL only when the server demands it</source>
        <translation>allow: SSL nur, wenn der Server es verlangt</translation>
    </message>
    <message>
        <source>prefer: SSL when the server offers it</source>
        <translation>prefer: SSL, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>require: always SSL, certificate not checked</source>
        <translation>require: immer SSL, Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <source>verify-ca: SSL, certificate signed by a trusted CA</source>
        <translation>verify-ca: SSL, Zertifikat von einer vertrauenswürdigen Zertifizierungsstelle signiert</translation>
    </message>
    <message>
        <source>verify-full: SSL, trusted certificate for this host name</source>
        <translation>verify-full: SSL, vertrauenswürdiges Zertifikat für diesen Hostnamen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connects with these values (saved or not) and asks the server for its version.</source>
        <translation>Verbindet sich mit diesen Werten (gespeichert oder nicht) und fragt den Server nach seiner Version.</translation>
    </message>
    <message>
        <source>No system keyring (%1): passwords are kept until StreamLens quits and asked once per session, never written to the settings file.</source>
        <translation>Kein Schlüsselbund des Systems (%1): Passwörter werden bis zum Beenden von StreamLens behalten, einmal pro Sitzung abgefragt und nie in die Einstellungsdatei geschrieben.</translation>
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
%5 Versuche</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::CsvImportTab</name>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Anderes:</translation>
    </message>
    <message>
        <source>One character</source>
        <translation>Ein Zeichen</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation>Doppeltes Anführungszeichen ( &quot; )</translation>
    </message>
    <message>
        <source>Single quote ( &apos; )</source>
        <translation>Einfaches Anführungszeichen ( &apos; )</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>Dezimal&amp;trennzeichen:</translation>
    </message>
    <message>
        <source>Point (1234.5)</source>
        <translation>Punkt (1234.5)</translation>
    </message>
    <message>
        <source>Comma (1234,5)</source>
        <translation>Komma (1234,5)</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>iso: ISO 8601, as the contract&apos;s files; unix_s / unix_ms: seconds / milliseconds since 1970; or a pattern.</source>
        <translation>iso: ISO 8601, wie in den Dateien des Datenvertrags; unix_s / unix_ms: Sekunden / Millisekunden seit 1970; oder ein Muster.</translation>
    </message>
    <message>
        <source>Patterns: yyyy year, MM month, dd day, HH hour (24 h), hh hour (12 h) with AP, mm minutes, ss seconds. Times without a zone are read as UTC.</source>
        <translation>Muster: yyyy Jahr, MM Monat, dd Tag, HH Stunde (24 h), hh Stunde (12 h) mit AP, mm Minuten, ss Sekunden. Zeiten ohne Zone werden als UTC gelesen.</translation>
    </message>
    <message>
        <source>First row holds the &amp;column names</source>
        <translation>Erste Zeile enthält die &amp;Spaltennamen</translation>
    </message>
    <message>
        <source>&amp;Reject threshold:</source>
        <translation>&amp;Ablehnungsschwelle:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>When more rows than this share are rejected, the import loads nothing and lists the rejected rows.</source>
        <translation>Werden mehr Zeilen als dieser Anteil abgelehnt, lädt der Import nichts und listet die abgelehnten Zeilen auf.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::DataController</name>
    <message>
        <source>Creating demo data (%L1 sessions)…</source>
        <translation>Demodaten werden erzeugt (%L1 Sitzungen) …</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Saving into %1…</source>
        <translation>Wird in %1 gespeichert …</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::DataPage</name>
    <message>
        <source>Sorting…</source>
        <translation>Wird sortiert …</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Write the rows to a CSV file or an Excel workbook</source>
        <translation>Die Zeilen in eine CSV-Datei oder eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Sessions (%L1)</source>
        <translation>Sitzungen (%L1)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Users (%L1)</source>
        <translation>Nutzer (%L1)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Titles (%L1)</source>
        <translation>Titel (%L1)</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Events (%L1)</source>
        <translation>Ereignisse (%L1)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Sessions that match the filter.</source>
        <translation>Sitzungen, die dem Filter entsprechen.</translation>
    </message>
    <message>
        <source>Users with at least one session that matches the filter.</source>
        <translation>Nutzer mit mindestens einer Sitzung, die dem Filter entspricht.</translation>
    </message>
    <message>
        <source>Titles played in at least one session that matches the filter.</source>
        <translation>Titel, die in mindestens einer dem Filter entsprechenden Sitzung gespielt wurden.</translation>
    </message>
    <message>
        <source>Player events of the sessions that match the filter.</source>
        <translation>Player-Ereignisse der Sitzungen, die dem Filter entsprechen.</translation>
    </message>
    <message>
        <source>Cannot list the rows: %1</source>
        <translation>Die Zeilen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Too many cells to copy (at most %L1); use Export… for large selections.</source>
        <translation>Zu viele Zellen zum Kopieren (höchstens %L1); verwenden Sie „Exportieren …“ für große Auswahlen.</translation>
    </message>
    <message>
        <source>Nothing copied: %1</source>
        <translation>Nichts kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>%Ln Zeile kopiert.</numerusform>
            <numerusform>%Ln Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .csv oder .xlsx.</translation>
    </message>
    <message>
        <source>The rows are not ready yet.</source>
        <translation>Die Zeilen sind noch nicht bereit.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Wrote %L1 rows to %2 (%3 sheets).</source>
        <translation>%L1 Zeilen in %2 geschrieben (%3 Tabellenblätter).</translation>
    </message>
    <message>
        <source>Wrote %L1 rows to %2.</source>
        <translation>%L1 Zeilen in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV-Datei (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export all rows listed, or only the selected ones?</source>
        <translation>Alle aufgelisteten Zeilen exportieren oder nur die ausgewählten?</translation>
    </message>
    <message>
        <source>All %L1 rows</source>
        <translation>Alle %L1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected row(s)</source>
        <translation>
            <numerusform>%Ln ausgewählte Zeile</numerusform>
            <numerusform>%Ln ausgewählte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::DataSourcesTab</name>
    <message>
        <source>Store file</source>
        <translation>Speicherdatei</translation>
    </message>
    <message>
        <source>StreamLens store (*.db);;All files (*)</source>
        <translation>StreamLens-Speicher (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Embedded store (SQLite)</source>
        <translation>Eingebetteter Speicher (SQLite)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Create &amp;demo data</source>
        <translation>&amp;Demodaten erzeugen</translation>
    </message>
    <message>
        <source>Fills this store with the generated demo dataset when it is new or empty.</source>
        <translation>Füllt diesen Speicher mit dem erzeugten Demodatensatz, wenn er neu oder leer ist.</translation>
    </message>
    <message>
        <source>StreamLens opens this file at start. A file that does not exist yet becomes a new, empty store.</source>
        <translation>StreamLens öffnet diese Datei beim Start. Eine noch nicht vorhandene Datei wird zu einem neuen, leeren Speicher.</translation>
    </message>
    <message>
        <source>PostgreSQL connections</source>
        <translation>PostgreSQL-Verbindungen</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::DateRangeGroup</name>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every day of the data</source>
        <translation>Alle Tage der Daten anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>The last %n days of the data</source>
        <translation>
            <numerusform>Der letzte Tag der Daten</numerusform>
            <numerusform>Die letzten %n Tage der Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day of the data</source>
        <translation>Alle Tage der Daten</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ExploreChart</name>
    <message>
        <source>No sessions match the filter</source>
        <translation>Keine Sitzungen entsprechen dem Filter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>One point per UTC day, or per hour when the selection spans at most three days.</source>
        <translation>Ein Punkt pro UTC-Tag, oder pro Stunde, wenn die Auswahl höchstens drei Tage umfasst.</translation>
    </message>
    <message>
        <source>The largest groups of the selection; the remaining groups are folded into “others”.</source>
        <translation>Die größten Gruppen der Auswahl; die übrigen Gruppen sind unter „Sonstige“ zusammengefasst.</translation>
    </message>
    <message>
        <source>Rebuffering ratio per weekday and hour of the day (UTC); brighter cells rebuffer more.</source>
        <translation>Pufferquote je Wochentag und Tagesstunde (UTC); hellere Zellen puffern mehr.</translation>
    </message>
    <message>
        <source>The metric for each device type on each CDN (the largest groups).</source>
        <translation>Die Kennzahl für jeden Gerätetyp in jedem CDN (die größten Gruppen).</translation>
    </message>
    <message>
        <source>Share of started sessions per 100 ms of startup time (bars, left axis) and the share that started faster (line, right axis), up to the 99th percentile.</source>
        <translation>Anteil gestarteter Sitzungen je 100 ms Startzeit (Balken, linke Achse) und der Anteil, der schneller startete (Linie, rechte Achse), bis zum 99. Perzentil.</translation>
    </message>
    <message>
        <source>The titles with the most playing hours in the selection.</source>
        <translation>Die Titel mit den meisten Wiedergabestunden in der Auswahl.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ExplorePage</name>
    <message>
        <source>Rebuffering ratio by weekday and hour (UTC)</source>
        <translation>Pufferquote nach Wochentag und Stunde (UTC)</translation>
    </message>
    <message>
        <source>Device type × CDN</source>
        <translation>Gerätetyp × CDN</translation>
    </message>
    <message>
        <source>Top titles by playing hours</source>
        <translation>Top-Titel nach Wiedergabestunden</translation>
    </message>
    <message>
        <source>Clear %1 × %2</source>
        <translation>%1 × %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Filter on %1 × %2</source>
        <translation>Filter auf %1 × %2</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PNG image (exact pixel size)</source>
        <translation>PNG-Bild (exakte Pixelgröße)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG-Zeichnung (Vektor)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD slide)</source>
        <translation>1920 × 1080 (Full-HD-Folie)</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>1080 × 1080 (square)</source>
        <translation>1080 × 1080 (quadratisch)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Higher values draw type and lines larger at the same pixel size.</source>
        <translation>Höhere Werte zeichnen Schrift und Linien bei gleicher Pixelgröße größer.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>Wie auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>The file name must end in .%1.</source>
        <translation>Der Dateiname muss auf .%1 enden.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Laid out like a %1 × %2 window and drawn %3× larger; %4 × %5 in when printed.</source>
        <translation>Angeordnet wie ein Fenster von %1 × %2 und %3× größer gezeichnet; gedruckt %4 × %5 Zoll.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ExportTab</name>
    <message>
        <source>PNG files get exactly this many pixels. PDF and SVG are vector drawings of %1 × %2 cm at this resolution.</source>
        <translation>PNG-Dateien erhalten genau so viele Pixel. PDF und SVG sind Vektorzeichnungen von %1 × %2 cm bei dieser Auflösung.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>%1 (Full HD, slides)</source>
        <translation>%1 (Full HD, Folien)</translation>
    </message>
    <message>
        <source>%1 (HD)</source>
        <translation>%1 (HD)</translation>
    </message>
    <message>
        <source>%1 (square, social media)</source>
        <translation>%1 (quadratisch, soziale Medien)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Pixels:</source>
        <translation>&amp;Pixel:</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
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
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG-Zeichnung (Vektor)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FacetGroup</name>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Remove the %1 filter</source>
        <translation>Den Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>%1 durchsuchen …</translation>
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
        <translation>%1: %2 Sitzungen</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FilterChip</name>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FilterChipsBar</name>
    <message>
        <source>No filter: all sessions</source>
        <translation>Kein Filter: alle Sitzungen</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FilterEditor</name>
    <message>
        <source>Clear %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Filter %1 = %2</source>
        <translation>Filter %1 = %2</translation>
    </message>
    <message>
        <source>Change date range</source>
        <translation>Zeitraum ändern</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter entfernen</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FilterPanel</name>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter entfernen</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::FindingsList</name>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Show this segment</source>
        <translation>Dieses Segment anzeigen</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::GroupComparisonChart</name>
    <message>
        <source>Compare groups</source>
        <translation>Gruppen vergleichen</translation>
    </message>
    <message>
        <source>%1
n = %2</source>
        <translation>%1
n = %2</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>%1 by %2: box = quartiles, whiskers = 1.5 IQR, ◆ = mean</source>
        <translation>%1 nach %2: Box = Quartile, Whisker = 1,5 IQR, ◆ = Mittelwert</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>%1 by %2 (share of units with value 1)</source>
        <translation>%1 nach %2 (Anteil der Einheiten mit Wert 1)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ImportDialog</name>
    <message>
        <source>CSV file to import</source>
        <translation>Zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Eine CSV-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>A CSV file in any layout</source>
        <translation>Eine CSV-Datei in beliebigem Aufbau</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>users (subscriber accounts)</source>
        <translation>Nutzer (Abonnentenkonten)</translation>
    </message>
    <message>
        <source>content (titles)</source>
        <translation>Inhalte (Titel)</translation>
    </message>
    <message>
        <source>sessions (views)</source>
        <translation>Sitzungen (Abrufe)</translation>
    </message>
    <message>
        <source>performance events</source>
        <translation>Leistungsereignisse</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>Dezimal&amp;trennzeichen:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datumsangaben:</translation>
    </message>
    <message>
        <source>&amp;Reject at most:</source>
        <translation>Höchstens &amp;ablehnen:</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>bar |</source>
        <translation>Strich |</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>Die erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>More rejected rows than this share, and nothing is imported</source>
        <translation>Bei mehr abgelehnten Zeilen als diesem Anteil wird nichts importiert</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Match by &amp;name</source>
        <translation>Nach &amp;Namen zuordnen</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>Zuordnung &amp;laden …</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>Zuordnung &amp;speichern …</translation>
    </message>
    <message>
        <source>E&amp;xport rejected rows…</source>
        <translation>Abgelehnte Zeilen e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Choose a file to see how it reads.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, wie sie gelesen wird.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot read the file this way: %1</source>
        <translation>Die Datei kann so nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s), read as %1. The first rows:</source>
        <translation>
            <numerusform>%Ln Spalte, gelesen als %1. Die ersten Zeilen:</numerusform>
            <numerusform>%Ln Spalten, gelesen als %1. Die ersten Zeilen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Eine Spaltenzuordnung laden</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Spaltenzuordnungen (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be loaded: %1</source>
        <translation>Die Zuordnung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Zuordnung aus %1 geladen.</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Die Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Die Zuordnung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Zuordnung in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <source>Imported; some rows were rejected.</source>
        <translation>Importiert; einige Zeilen wurden abgelehnt.</translation>
    </message>
    <message>
        <source>Not imported: too many rows were rejected. Nothing was changed.</source>
        <translation>Nicht importiert: Zu viele Zeilen wurden abgelehnt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not imported: the file could not be read as mapped. Nothing was changed.</source>
        <translation>Nicht importiert: Die Datei konnte nicht wie zugeordnet gelesen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded (%3 new, %4 replaced), %5 rejected, in %6 s.</source>
        <translation>%1 von %2 Zeilen geladen (%3 neu, %4 ersetzt), %5 abgelehnt, in %6 s.</translation>
    </message>
    <message>
        <source>Kept aside as extra columns: %1</source>
        <translation>Als zusätzliche Spalten beiseitegelegt: %1</translation>
    </message>
    <message>
        <source>%1 more rejected rows are counted but not listed.</source>
        <translation>%1 weitere abgelehnte Zeilen sind gezählt, aber nicht aufgelistet.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>Abgelehnte Zeilen in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the rejected rows: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::KScanChart</name>
    <message>
        <source>Silhouette and WSS by k</source>
        <translation>Silhouette und WSS nach k</translation>
    </message>
    <message>
        <source>within-cluster SS (left)</source>
        <translation>QS innerhalb der Cluster (links)</translation>
    </message>
    <message>
        <source>mean silhouette (right)</source>
        <translation>mittlere Silhouette (rechts)</translation>
    </message>
    <message>
        <source>Number of segments k (click to choose)</source>
        <translation>Anzahl der Segmente k (zum Auswählen klicken)</translation>
    </message>
    <message>
        <source>Within-cluster sum of squares</source>
        <translation>Quadratsumme innerhalb der Cluster</translation>
    </message>
    <message>
        <source>Mean silhouette</source>
        <translation>Mittlere Silhouette</translation>
    </message>
    <message>
        <source>Choosing k: silhouette and within-cluster SS (k = %1 in use)</source>
        <translation>Wahl von k: Silhouette und Quadratsumme innerhalb der Cluster (k = %1 in Verwendung)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::LevelCombo</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Viewers (per user)</source>
        <translation>Zuschauer (je Nutzer)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::MainWindow</name>
    <message>
        <source>No data: %1</source>
        <translation>Keine Daten: %1</translation>
    </message>
    <message>
        <source>Could not open the data</source>
        <translation>Die Daten konnten nicht geöffnet werden</translation>
    </message>
    <message>
        <source>StreamLens</source>
        <translation>StreamLens</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <source>Filter panel</source>
        <translation>Filterleiste</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with larger type; PageDown/PageUp change pages, Esc leaves</source>
        <translation>Vollbild mit größerer Schrift; Bild ab/Bild auf wechselt die Seite, Esc beendet</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sessions selected · %3 users · %4 titles</source>
        <translation>%1 von %2 Sitzungen ausgewählt · %3 Nutzer · %4 Titel</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Could not save into the store</source>
        <translation>Speichern im Speicher nicht möglich</translation>
    </message>
    <message>
        <source>The store was left as it was.

%1</source>
        <translation>Der Speicher blieb unverändert.

%1</translation>
    </message>
    <message>
        <source>Saved into %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::MappingTableModel</name>
    <message>
        <source>null values (%L1)</source>
        <translation>Nullwerte (%L1)</translation>
    </message>
    <message>
        <source>first of list split by “%1”</source>
        <translation>erster Eintrag der Liste, getrennt durch „%1“</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>value map (%L1)</source>
        <translation>Wertezuordnung (%L1)</translation>
    </message>
    <message>
        <source>country name → ISO code</source>
        <translation>Ländername → ISO-Code</translation>
    </message>
    <message>
        <source>duration text, %L1 s per season</source>
        <translation>Dauer als Text, %L1 s pro Staffel</translation>
    </message>
    <message>
        <source>duration text</source>
        <translation>Dauer als Text</translation>
    </message>
    <message>
        <source>date format %1</source>
        <translation>Datumsformat %1</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>no trimming</source>
        <translation>keine Leerzeichenentfernung</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>(needs a source or constant)</source>
        <translation>(braucht eine Quelle oder Konstante)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>column %L1</source>
        <translation>Spalte %L1</translation>
    </message>
    <message>
        <source>constant “%1”</source>
        <translation>Konstante „%1“</translation>
    </message>
    <message>
        <source>Contract column</source>
        <translation>Vertragsspalte</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Umwandlungen</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::OverviewPage</name>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 · %2 sessions, %3 started</source>
        <translation>%1 · %2 Sitzungen, %3 gestartet</translation>
    </message>
    <message>
        <source>no previous period (no date range set)</source>
        <translation>keine Vorperiode (kein Zeitraum gesetzt)</translation>
    </message>
    <message>
        <source>no data in the previous %1</source>
        <translation>keine Daten in den vorherigen %1</translation>
    </message>
    <message>
        <source>previous %1: %2</source>
        <translation>vorherige %1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2 vs previous %3</source>
        <translation>%1 %2 gegenüber den vorherigen %3</translation>
    </message>
    <message>
        <source>No previous value to compare with.</source>
        <translation>Kein vorheriger Wert zum Vergleich.</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Vorperiode: %1</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Nicht getestet: %1</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message>
        <source>p = %1, Holm-adjusted over %2 tiles: %3</source>
        <translation>p = %1, Holm-adjustiert über %2 Kacheln: %3</translation>
    </message>
    <message>
        <source>Significant and above the relevance floor of %1: coloured.</source>
        <translation>Signifikant und über der Relevanzschwelle von %1: eingefärbt.</translation>
    </message>
    <message>
        <source>Significant, but smaller than the relevance floor of %1: not coloured.</source>
        <translation>Signifikant, aber kleiner als die Relevanzschwelle von %1: nicht eingefärbt.</translation>
    </message>
    <message>
        <source>Not significant after Holm correction: not coloured.</source>
        <translation>Nach Holm-Korrektur nicht signifikant: nicht eingefärbt.</translation>
    </message>
    <message>
        <source>Could not compute the summary: %1</source>
        <translation>Die Zusammenfassung konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Current period %1 compared with the previous %2 (%3). A change is coloured only when it is significant after Holm correction and large enough to matter.</source>
        <translation>Aktueller Zeitraum %1 im Vergleich mit den vorherigen %2 (%3). Eine Veränderung wird nur eingefärbt, wenn sie nach Holm-Korrektur signifikant und groß genug ist, um zu zählen.</translation>
    </message>
    <message>
        <source>Whole data span %1. Set a date range to compare with the previous period of equal length.</source>
        <translation>Gesamte Datenspanne %1. Setzen Sie einen Zeitraum, um mit der gleich langen Vorperiode zu vergleichen.</translation>
    </message>
    <message>
        <source>Nothing stands out: none of %1 segment comparisons is significant after Holm correction and at least 1.25× the rest.</source>
        <translation>Nichts fällt auf: Keiner der %1 Segmentvergleiche ist nach Holm-Korrektur signifikant und mindestens 1,25× so hoch wie der Rest.</translation>
    </message>
    <message>
        <source>Too few sessions to compare segments.</source>
        <translation>Zu wenige Sitzungen, um Segmente zu vergleichen.</translation>
    </message>
    <message>
        <source>Only %1 finding(s) are significant after correction; nothing else stands out.</source>
        <translation>Nur %1 Erkenntnis(se) sind nach der Korrektur signifikant; sonst fällt nichts auf.</translation>
    </message>
    <message>
        <source>Ranked by impact. Segments were each tested against the rest of the selection (%1 comparisons, Holm-corrected). Click a finding to select its segment.</source>
        <translation>Nach Auswirkung geordnet. Jedes Segment wurde gegen den Rest der Auswahl getestet (%1 Vergleiche, Holm-korrigiert). Klicken Sie auf eine Erkenntnis, um ihr Segment auszuwählen.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::PasswordVault</name>
    <message>
        <source>Password for &quot;%1&quot;</source>
        <translation>Passwort für „%1“</translation>
    </message>
    <message>
        <source>Password for the connection &quot;%1&quot;:</source>
        <translation>Passwort für die Verbindung „%1“:</translation>
    </message>
    <message>
        <source>no keyring service answered</source>
        <translation>kein Schlüsselbund-Dienst hat geantwortet</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1). StreamLens keeps passwords only until it quits and asks for them once per session.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). StreamLens behält Passwörter nur bis zum Beenden und fragt einmal pro Sitzung danach.</translation>
    </message>
    <message>
        <source>access to the keyring was declined</source>
        <translation>der Zugriff auf den Schlüsselbund wurde abgelehnt</translation>
    </message>
    <message>
        <source>access to the keyring was denied</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>no keyring service is installed</source>
        <translation>es ist kein Schlüsselbund-Dienst installiert</translation>
    </message>
    <message>
        <source>no keyring service such as GNOME Keyring or KWallet answered</source>
        <translation>kein Schlüsselbund-Dienst wie GNOME Keyring oder KWallet hat geantwortet</translation>
    </message>
    <message>
        <source>switched off for this session</source>
        <translation>für diese Sitzung ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::PredictForm</name>
    <message>
        <source>Logistic (0/1 outcome)</source>
        <translation>Logistisch (0/1-Ergebnis)</translation>
    </message>
    <message>
        <source>Linear (numeric outcome)</source>
        <translation>Linear (numerisches Ergebnis)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Merkmale:</translation>
    </message>
    <message>
        <source>Reference levels</source>
        <translation>Referenzstufen</translation>
    </message>
    <message>
        <source>dimension=level, … (default: first alphabetically)</source>
        <translation>Dimension=Stufe, … (Standard: alphabetisch erste)</translation>
    </message>
    <message>
        <source>Seed (train/test split)</source>
        <translation>Startwert (Trainings-/Testaufteilung)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Predicted positive when the probability is at least this</source>
        <translation>Als positiv vorhergesagt, wenn die Wahrscheinlichkeit mindestens so hoch ist</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::PresentationOverlay</name>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
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
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ReadyMadeForm</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Seed (train/test split)</source>
        <translation>Startwert (Trainings-/Testaufteilung)</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::RejectsTableModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::RelateVariablesForm</name>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Variable (x)</source>
        <translation>Variable (x)</translation>
    </message>
    <message>
        <source>Against (y)</source>
        <translation>Gegen (y)</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Pearson (linear)</source>
        <translation>Pearson (linear)</translation>
    </message>
    <message>
        <source>Spearman (ranks)</source>
        <translation>Spearman (Ränge)</translation>
    </message>
    <message>
        <source>Pearson measures a straight-line relation; Spearman any relation that only goes up or only goes down, and resists outliers</source>
        <translation>Pearson misst einen linearen Zusammenhang; Spearman jeden Zusammenhang, der nur steigt oder nur fällt, und ist robust gegen Ausreißer</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ReportExporter</name>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren …</translation>
    </message>
    <message>
        <source>Write a PDF report: title page, executive summary and one page per chart</source>
        <translation>Einen PDF-Bericht schreiben: Titelseite, Zusammenfassung und eine Seite pro Diagramm</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>There is no data to report on yet.</source>
        <translation>Es gibt noch keine Daten für einen Bericht.</translation>
    </message>
    <message>
        <source>StreamLens report</source>
        <translation>StreamLens-Bericht</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ResultView</name>
    <message>
        <source>Choose a question and its variables on the left, then press Run. The answer uses the sessions under the current filter.</source>
        <translation>Wählen Sie links eine Frage und ihre Variablen und klicken Sie dann auf „Ausführen“. Die Antwort verwendet die Sitzungen unter dem aktuellen Filter.</translation>
    </message>
    <message>
        <source>The data cannot answer this question: %1</source>
        <translation>Die Daten können diese Frage nicht beantworten: %1</translation>
    </message>
    <message>
        <source>Test chosen automatically: %1, because of %2.</source>
        <translation>Automatisch gewählter Test: %1, wegen %2.</translation>
    </message>
    <message>
        <source>%1 values lie beyond the whiskers (not drawn).</source>
        <translation>%1 Werte liegen jenseits der Whisker (nicht gezeichnet).</translation>
    </message>
    <message>
        <source>The chart draws a random sample of %1 of the %2 pairs; the correlation and the least-squares line use all of them.</source>
        <translation>Das Diagramm zeichnet eine Zufallsstichprobe von %1 der %2 Paare; Korrelation und Kleinste-Quadrate-Gerade verwenden alle.</translation>
    </message>
    <message>
        <source>The silhouette is computed on a random sample of 20,000 units.</source>
        <translation>Die Silhouette wird auf einer Zufallsstichprobe von 20.000 Einheiten berechnet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <source>Coefficients and fit come from all %1 units; the ROC curve, AUC, accuracy and the confusion matrix from a model refitted on a seeded training split and evaluated on the %2 held-out units.</source>
        <translation>Koeffizienten und Anpassung stammen aus allen %1 Einheiten; ROC-Kurve, AUC, Genauigkeit und Konfusionsmatrix aus einem Modell, das auf einer Trainingsaufteilung mit festem Startwert neu angepasst und auf den %2 zurückgehaltenen Einheiten ausgewertet wurde.</translation>
    </message>
    <message>
        <source>Coefficients and fit come from all %1 units; the held-out RMSE and R² from a model refitted on a seeded training split and evaluated on the %2 held-out units.</source>
        <translation>Koeffizienten und Anpassung stammen aus allen %1 Einheiten; RMSE und R² der Testdaten aus einem Modell, das auf einer Trainingsaufteilung mit festem Startwert neu angepasst und auf den %2 zurückgehaltenen Einheiten ausgewertet wurde.</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::RocChart</name>
    <message>
        <source>ROC curve</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>held-out units (AUC = %1)</source>
        <translation>zurückgehaltene Einheiten (AUC = %1)</translation>
    </message>
    <message>
        <source>held-out units</source>
        <translation>zurückgehaltene Einheiten</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwelle %1</translation>
    </message>
    <message>
        <source>False positive rate (1 − specificity)</source>
        <translation>Falsch-positiv-Rate (1 − Spezifität)</translation>
    </message>
    <message>
        <source>True positive rate (recall)</source>
        <translation>Richtig-positiv-Rate (Sensitivität)</translation>
    </message>
    <message>
        <source>ROC curve on %1 held-out units</source>
        <translation>ROC-Kurve auf %1 zurückgehaltenen Einheiten</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::ScatterFitChart</name>
    <message>
        <source>Relate two variables</source>
        <translation>Zwei Variablen in Beziehung setzen</translation>
    </message>
    <message>
        <source>random sample of %1 of %2 pairs</source>
        <translation>Zufallsstichprobe von %1 aus %2 Paaren</translation>
    </message>
    <message>
        <source>all %1 pairs</source>
        <translation>alle %1 Paare</translation>
    </message>
    <message>
        <source>least-squares line, fitted on all %1 pairs</source>
        <translation>Kleinste-Quadrate-Gerade, angepasst an alle %1 Paare</translation>
    </message>
    <message>
        <source>least-squares line</source>
        <translation>Kleinste-Quadrate-Gerade</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::SegmentViewersForm</name>
    <message>
        <source>Per-viewer features (standardised before clustering):</source>
        <translation>Merkmale je Zuschauer (vor dem Clustern standardisiert):</translation>
    </message>
    <message>
        <source>Segments (k)</source>
        <translation>Segmente (k)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>The same seed gives the same segments</source>
        <translation>Derselbe Startwert ergibt dieselben Segmente</translation>
    </message>
    <message>
        <source>Compare k − 2 … k + 2 (silhouette, WSS)</source>
        <translation>k − 2 … k + 2 vergleichen (Silhouette, WSS)</translation>
    </message>
    <message>
        <source>Five more k-means fits with silhouettes: several times slower on hundreds of thousands of viewers</source>
        <translation>Fünf weitere k-Means-Anpassungen mit Silhouetten: bei Hunderttausenden Zuschauern um ein Mehrfaches langsamer</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::SettingsDialog</name>
    <message>
        <source>Some saved settings were invalid and were reset:</source>
        <translation>Einige gespeicherte Einstellungen waren ungültig und wurden zurückgesetzt:</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Es wurde nichts gespeichert:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
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
        <translation>Kumuliert (%)</translation>
    </message>
    <message>
        <source>Started sessions (%)</source>
        <translation>Gestartete Sitzungen (%)</translation>
    </message>
    <message>
        <source>Startup time (s)</source>
        <translation>Startzeit (s)</translation>
    </message>
    <message>
        <source>Share per 100 ms</source>
        <translation>Anteil je 100 ms</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>%1–%2 ms
%3 sessions (%4 %)
%5 % start faster than %2 ms</source>
        <translation>%1–%2 ms
%3 Sitzungen (%4 %)
%5 % starten schneller als %2 ms</translation>
    </message>
    <message>
        <source>Startup time distribution</source>
        <translation>Verteilung der Startzeit</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::StatisticsPage</name>
    <message>
        <source>no data is loaded yet</source>
        <translation>es sind noch keine Daten geladen</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Answer the question on the sessions under the current filter</source>
        <translation>Die Frage für die Sitzungen unter dem aktuellen Filter beantworten</translation>
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
        <translation>kbit/s</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::StatsText</name>
    <message>
        <source>Welch t test</source>
        <translation>Welch-t-Test</translation>
    </message>
    <message>
        <source>Mann–Whitney U test</source>
        <translation>Mann-Whitney-U-Test</translation>
    </message>
    <message>
        <source>One-way ANOVA</source>
        <translation>Einfaktorielle ANOVA</translation>
    </message>
    <message>
        <source>Welch ANOVA</source>
        <translation>Welch-ANOVA</translation>
    </message>
    <message>
        <source>Kruskal–Wallis test</source>
        <translation>Kruskal-Wallis-Test</translation>
    </message>
    <message>
        <source>χ² test of independence</source>
        <translation>χ²-Unabhängigkeitstest</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Exakter Test nach Fisher</translation>
    </message>
    <message>
        <source>Two-proportion z test</source>
        <translation>z-Test für zwei Anteile</translation>
    </message>
    <message>
        <source>Pearson correlation</source>
        <translation>Pearson-Korrelation</translation>
    </message>
    <message>
        <source>Spearman rank correlation</source>
        <translation>Spearman-Rangkorrelation</translation>
    </message>
    <message>
        <source>two groups large enough for a comparison of means that does not assume equal variances</source>
        <translation>zwei Gruppen, groß genug für einen Mittelwertvergleich ohne Annahme gleicher Varianzen</translation>
    </message>
    <message>
        <source>a group has fewer than 30 values from a skewed distribution, so ranks are compared instead of means</source>
        <translation>eine Gruppe hat weniger als 30 Werte aus einer schiefen Verteilung, daher werden Ränge statt Mittelwerte verglichen</translation>
    </message>
    <message>
        <source>more than two groups whose standard deviations differ by less than a factor of 2</source>
        <translation>mehr als zwei Gruppen, deren Standardabweichungen sich um weniger als den Faktor 2 unterscheiden</translation>
    </message>
    <message>
        <source>more than two groups whose standard deviations differ by more than a factor of 2</source>
        <translation>mehr als zwei Gruppen, deren Standardabweichungen sich um mehr als den Faktor 2 unterscheiden</translation>
    </message>
    <message>
        <source>a 0/1 outcome in two groups with every expected count at least 5</source>
        <translation>ein 0/1-Ergebnis in zwei Gruppen mit allen erwarteten Häufigkeiten von mindestens 5</translation>
    </message>
    <message>
        <source>a 0/1 outcome in two groups with an expected count below 5</source>
        <translation>ein 0/1-Ergebnis in zwei Gruppen mit einer erwarteten Häufigkeit unter 5</translation>
    </message>
    <message>
        <source>a 0/1 outcome in more than two groups</source>
        <translation>ein 0/1-Ergebnis in mehr als zwei Gruppen</translation>
    </message>
    <message>
        <source>Compare groups</source>
        <translation>Gruppen vergleichen</translation>
    </message>
    <message>
        <source>Relate two variables</source>
        <translation>Zwei Variablen in Beziehung setzen</translation>
    </message>
    <message>
        <source>Segment viewers</source>
        <translation>Zuschauer segmentieren</translation>
    </message>
    <message>
        <source>Predict an outcome</source>
        <translation>Ein Ergebnis vorhersagen</translation>
    </message>
    <message>
        <source>Ready-made questions</source>
        <translation>Vorgefertigte Fragen</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::TimeSeriesChart</name>
    <message>
        <source>%1 per hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4 attempts</source>
        <translation>%1
%2: %3
%4 Versuche</translation>
    </message>
</context>
<context>
    <name>streamlens::ui::VariableList</name>
    <message>
        <source>%1 (dimension)</source>
        <translation>%1 (Dimension)</translation>
    </message>
</context>
</TS>
