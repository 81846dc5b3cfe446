<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DetailPane</name>
    <message>
        <source>Details of the selected check</source>
        <translation>Details der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>Status icon</source>
        <translation>Statussymbol</translation>
    </message>
    <message>
        <source>No check selected</source>
        <translation>Keine Prüfung ausgewählt</translation>
    </message>
    <message>
        <source>Selected check</source>
        <translation>Ausgewählte Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details, hint and sources</source>
        <translation>Details, Hinweis und Quellen</translation>
    </message>
    <message>
        <source>Select a check in the tree to see its details, its hint and where the finding came from.</source>
        <translation>Wählen Sie eine Prüfung im Baum aus, um ihre Details, ihren Hinweis und die Herkunft des Befunds zu sehen.</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>Command from the hint</source>
        <translation>Befehl aus dem Hinweis</translation>
    </message>
    <message>
        <source>Shown for you to copy and run yourself; the doctor never runs it</source>
        <translation>Zum Kopieren und selbst Ausführen; Banger Doctor führt ihn nie aus</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard; it is not run</source>
        <translation>Den Befehl in die Zwischenablage kopieren; er wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>Copy command to the clipboard</source>
        <translation>Befehl in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Markdown for an issue tracker, JSON for tools, Prometheus for node_exporter&apos;s textfile collector</source>
        <translation>Markdown für einen Issue-Tracker, JSON für Werkzeuge, Prometheus für den Textfile-Collector von node_exporter</translation>
    </message>
    <message>
        <source>&amp;Redact personal data (user name, real name, home directory, host name, uids)</source>
        <translation>Persönliche Daten &amp;unkenntlich machen (Benutzername, echter Name, Persönlicher Ordner, Rechnername, UIDs)</translation>
    </message>
    <message>
        <source>&amp;Preview, exactly as it will be written:</source>
        <translation>&amp;Vorschau, genau so, wie es geschrieben wird:</translation>
    </message>
    <message>
        <source>Redacted:</source>
        <translation>Unkenntlich gemacht:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Drift History</source>
        <translation>Abweichungsverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Banger Doctor</source>
        <translation>Banger Doctor</translation>
    </message>
    <message>
        <source>Overall status icon</source>
        <translation>Symbol des Gesamtstatus</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <source>Re-run the selected check</source>
        <translation>Die ausgewählte Prüfung erneut ausführen</translation>
    </message>
    <message>
        <source>Re-run every check</source>
        <translation>Alle Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>Search checks, details and sources (Ctrl+F)</source>
        <translation>Prüfungen, Details und Quellen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search checks</source>
        <translation>Prüfungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Show problems only</source>
        <translation>Nur Probleme anzeigen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Check groups, checks and their detail lines, each with a status icon and a status word</source>
        <translation>Prüfungsgruppen, Prüfungen und ihre Detailzeilen, jeweils mit Statussymbol und Statuswort</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Save the report as text, Markdown, JSON, HTML or Prometheus</source>
        <translation>Den Bericht als Text, Markdown, JSON, HTML oder Prometheus speichern</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>Bericht ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Show a report saved earlier as JSON</source>
        <translation>Einen früher als JSON gespeicherten Bericht anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Problems Only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Hide the checks that passed</source>
        <translation>Bestandene Prüfungen ausblenden</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;ausklappen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;einklappen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Shift+Left</translation>
    </message>
    <message>
        <source>Re-run &amp;All</source>
        <translation>&amp;Alle erneut ausführen</translation>
    </message>
    <message>
        <source>Run every check again (F5)</source>
        <translation>Alle Prüfungen erneut ausführen (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Re-run &amp;Selected</source>
        <translation>Aus&amp;gewählte erneut ausführen</translation>
    </message>
    <message>
        <source>Run the selected check again (Ctrl+R)</source>
        <translation>Die ausgewählte Prüfung erneut ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Copy Command from Hint</source>
        <translation>Befehl aus Hinweis &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the command the hint suggests; it is not run</source>
        <translation>Den vom Hinweis vorgeschlagenen Befehl kopieren; er wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;About Banger Doctor</source>
        <translation>Ü&amp;ber Banger Doctor</translation>
    </message>
</context>
<context>
    <name>OpenReportDialog</name>
    <message>
        <source>Opened Report</source>
        <translation>Geöffneter Bericht</translation>
    </message>
    <message>
        <source>Show only rows that &amp;differ</source>
        <translation>Nur &amp;abweichende Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>Im Bericht</translation>
    </message>
    <message>
        <source>On this machine</source>
        <translation>Auf diesem Rechner</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Banger Doctor Settings</source>
        <translation>Einstellungen von Banger Doctor</translation>
    </message>
    <message>
        <source>&amp;Re-check everything every</source>
        <translation>Alles &amp;erneut prüfen im Abstand von</translation>
    </message>
    <message>
        <source>A safety net: changes are noticed as they happen, this catches anything the watches miss.</source>
        <translation>Ein Sicherheitsnetz: Änderungen werden sofort bemerkt, dies fängt alles auf, was der Überwachung entgeht.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Grace window before a degradation is told</source>
        <translation>&amp;Karenzzeit, bevor eine Verschlechterung gemeldet wird</translation>
    </message>
    <message>
        <source>Rides out restarts and short flapping; 0 tells at once.</source>
        <translation>Überbrückt Neustarts und kurzes Hin- und Herspringen; 0 meldet sofort.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Tell me when a problem is &amp;fixed again</source>
        <translation>&amp;Melden, wenn ein Problem wieder behoben ist</translation>
    </message>
    <message>
        <source>&amp;Start in the tray at login</source>
        <translation>Beim Anmelden im Systembereich &amp;starten</translation>
    </message>
    <message>
        <source>Default report &amp;format:</source>
        <translation>Standard&amp;format für Berichte:</translation>
    </message>
    <message>
        <source>The format the export dialog offers first</source>
        <translation>Das Format, das der Exportdialog zuerst anbietet</translation>
    </message>
    <message>
        <source>&amp;Redact user name, home, host name and uids in exported reports</source>
        <translation>Benutzername, Persönlichen Ordner, Rechnername und UIDs in exportierten Berichten &amp;unkenntlich machen</translation>
    </message>
</context>
<context>
    <name>bd</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>file is %1 bytes, larger than the %2 bytes allowed</source>
        <translation>Datei ist %1 Bytes groß, mehr als die erlaubten %2 Bytes</translation>
    </message>
    <message>
        <source>file grew past the %1 bytes allowed</source>
        <translation>Datei ist über die erlaubten %1 Bytes hinausgewachsen</translation>
    </message>
    <message>
        <source>a TOML date-time</source>
        <translation>ein TOML-Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>disk_size must be a positive number of bytes or a size such as &quot;8G&quot;</source>
        <translation>disk_size muss eine positive Anzahl Bytes oder eine Größe wie &quot;8G&quot; sein</translation>
    </message>
    <message>
        <source>owner_uid is missing</source>
        <translation>owner_uid fehlt</translation>
    </message>
    <message>
        <source>owner_user is missing</source>
        <translation>owner_user fehlt</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>the host tool list is not valid JSON with a &quot;tools&quot; array</source>
        <translation>die Liste der Host-Werkzeuge ist kein gültiges JSON mit einem &quot;tools&quot;-Array</translation>
    </message>
    <message>
        <source>an entry of the host tool list has no &quot;any_of&quot; names</source>
        <translation>ein Eintrag der Liste der Host-Werkzeuge hat keine &quot;any_of&quot;-Namen</translation>
    </message>
    <message>
        <source>the host tool list is missing from this build</source>
        <translation>die Liste der Host-Werkzeuge fehlt in diesem Build</translation>
    </message>
    <message>
        <source>restore the file from a backup, or move it aside so bangerd creates a new one on its next start (the images and VMs it records are then forgotten)</source>
        <translation>Stellen Sie die Datei aus einer Sicherung wieder her oder verschieben Sie sie, damit bangerd beim nächsten Start eine neue anlegt (die darin verzeichneten Images und VMs gehen dann verloren)</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>move the directory aside; bangerd creates the database on its next start</source>
        <translation>Verschieben Sie den Ordner; bangerd legt die Datenbank beim nächsten Start an</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>move it aside; bangerd creates the database on its next start</source>
        <translation>Verschieben Sie sie; bangerd legt die Datenbank beim nächsten Start an</translation>
    </message>
    <message>
        <source>cannot read %1: permission denied</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>run the doctor as root or as banger&apos;s owner user, or check the file&apos;s permissions</source>
        <translation>Führen Sie Banger Doctor als root oder als Besitzer von banger aus, oder prüfen Sie die Zugriffsrechte der Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>check the file system and the file&apos;s permissions</source>
        <translation>Prüfen Sie das Dateisystem und die Zugriffsrechte der Datei</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 has a write-ahead log but no shared-memory index (%2); it cannot be read without creating that file</source>
        <translation>%1 hat ein Write-Ahead-Log (WAL), aber keinen Shared-Memory-Index (%2); ohne diese Datei anzulegen, kann sie nicht gelesen werden</translation>
    </message>
    <message>
        <source>a process may hold the database in exclusive locking mode; otherwise start bangerd once so it replays the log, then re-run the check</source>
        <translation>Eventuell hält ein Prozess die Datenbank im exklusiven Sperrmodus; andernfalls starten Sie bangerd einmal, damit es das Log einspielt, und führen Sie die Prüfung dann erneut aus</translation>
    </message>
    <message>
        <source>%1 is locked by another process (gave up after %2 ms)</source>
        <translation>%1 ist von einem anderen Prozess gesperrt (nach %2 ms aufgegeben)</translation>
    </message>
    <message>
        <source>re-run the check; if the database stays locked, find the process holding it with `fuser -v %1`</source>
        <translation>Führen Sie die Prüfung erneut aus; bleibt die Datenbank gesperrt, finden Sie den sperrenden Prozess mit `fuser -v %1`</translation>
    </message>
    <message>
        <source>%1 is damaged (truncated or malformed): %2</source>
        <translation>%1 ist beschädigt (abgeschnitten oder fehlerhaft): %2</translation>
    </message>
    <message>
        <source>%1 was left in the middle of a write that only a writer can finish or roll back (%2)</source>
        <translation>%1 wurde mitten in einem Schreibvorgang zurückgelassen, den nur ein schreibender Prozess abschließen oder zurückrollen kann (%2)</translation>
    </message>
    <message>
        <source>start bangerd once so it recovers the database, then re-run the check</source>
        <translation>Starten Sie bangerd einmal, damit es die Datenbank wiederherstellt, und führen Sie die Prüfung dann erneut aus</translation>
    </message>
    <message>
        <source>cannot read %1: %2 (SQLite error %3)</source>
        <translation>%1 kann nicht gelesen werden: %2 (SQLite-Fehler %3)</translation>
    </message>
    <message>
        <source>check the file&apos;s permissions, or restore it from a backup</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei oder stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this doctor understands (up to %3)</source>
        <translation>%1 hat die Schemaversion %2, neuer als diese Version von Banger Doctor versteht (bis %3)</translation>
    </message>
    <message>
        <source>update Banger Doctor to the release that matches your banger</source>
        <translation>Aktualisieren Sie Banger Doctor auf die Version, die zu Ihrem banger passt</translation>
    </message>
    <message>
        <source>%1 has schema version %2, older than any this doctor knows (%3 to %4)</source>
        <translation>%1 hat die Schemaversion %2, älter als alle, die diese Version von Banger Doctor kennt (%3 bis %4)</translation>
    </message>
    <message>
        <source>start bangerd once so it migrates the database, then re-run the check</source>
        <translation>Starten Sie bangerd einmal, damit es die Datenbank migriert, und führen Sie die Prüfung dann erneut aus</translation>
    </message>
    <message>
        <source>%1 has no images table with name, rootfs_path, kernel_path and initrd_path: it is not a banger state database</source>
        <translation>%1 hat keine Tabelle images mit name, rootfs_path, kernel_path und initrd_path: Es ist keine Zustandsdatenbank von banger</translation>
    </message>
    <message>
        <source>check that --root points at a banger install, or restore the database from a backup</source>
        <translation>Prüfen Sie, ob --root auf eine banger-Installation zeigt, oder stellen Sie die Datenbank aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <source>install the package that provides it (libqt6sql6-sqlite on Debian)</source>
        <translation>Installieren Sie das Paket, das ihn bereitstellt (libqt6sql6-sqlite unter Debian)</translation>
    </message>
    <message>
        <source>%1: cannot read the symbolic link</source>
        <translation>%1: Die symbolische Verknüpfung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: symbolic link loop</source>
        <translation>%1: Schleife aus symbolischen Verknüpfungen</translation>
    </message>
</context>
<context>
    <name>bd::CheckScheduler</name>
    <message>
        <source>did not finish within %1 s</source>
        <translation>nicht innerhalb von %1 s beendet</translation>
    </message>
    <message>
        <source>something this check reads is not answering; re-run it, and if it persists run with QT_LOGGING_RULES=&quot;banger.doctor.*.debug=true&quot; to see where it waits</source>
        <translation>Etwas, das diese Prüfung liest, antwortet nicht; führen Sie sie erneut aus, und wenn das bleibt, starten Sie mit QT_LOGGING_RULES=&quot;banger.doctor.*.debug=true&quot;, um zu sehen, worauf sie wartet</translation>
    </message>
</context>
<context>
    <name>bd::Checks</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Security posture</source>
        <translation>Sicherheitslage</translation>
    </message>
    <message>
        <source>host architecture</source>
        <translation>Host-Architektur</translation>
    </message>
    <message>
        <source>banger version</source>
        <translation>banger-Version</translation>
    </message>
    <message>
        <source>user config</source>
        <translation>Benutzerkonfiguration</translation>
    </message>
    <message>
        <source>state store</source>
        <translation>Zustandsspeicher</translation>
    </message>
    <message>
        <source>host runtime</source>
        <translation>Host-Laufzeitumgebung</translation>
    </message>
    <message>
        <source>core vm lifecycle</source>
        <translation>VM-Lebenszyklus</translation>
    </message>
    <message>
        <source>vsock guest agent</source>
        <translation>vsock-Gastagent</translation>
    </message>
    <message>
        <source>vm defaults</source>
        <translation>VM-Standardwerte</translation>
    </message>
    <message>
        <source>ssh shortcut</source>
        <translation>SSH-Kurzbefehl</translation>
    </message>
    <message>
        <source>kvm access</source>
        <translation>KVM-Zugriff</translation>
    </message>
    <message>
        <source>tun device</source>
        <translation>TUN-Gerät</translation>
    </message>
    <message>
        <source>firecracker binary</source>
        <translation>firecracker-Programmdatei</translation>
    </message>
    <message>
        <source>security posture</source>
        <translation>Sicherheitslage</translation>
    </message>
    <message>
        <source>helper service</source>
        <translation>Helferdienst</translation>
    </message>
    <message>
        <source>owner daemon service</source>
        <translation>Besitzer-Daemon-Dienst</translation>
    </message>
    <message>
        <source>helper socket</source>
        <translation>Helfer-Socket</translation>
    </message>
    <message>
        <source>daemon socket</source>
        <translation>Daemon-Socket</translation>
    </message>
    <message>
        <source>helper unit hardening</source>
        <translation>Härtung der Helfer-Unit</translation>
    </message>
    <message>
        <source>daemon unit hardening</source>
        <translation>Härtung der Daemon-Unit</translation>
    </message>
    <message>
        <source>firecracker binary ownership</source>
        <translation>Besitz der firecracker-Programmdatei</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>bd::Fields</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 muss %2 sein</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
</context>
<context>
    <name>bd::FileStat</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>regular file</source>
        <translation>reguläre Datei</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>benannte Pipe</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>Spezialdatei</translation>
    </message>
</context>
<context>
    <name>bd::ImageCatalog</name>
    <message>
        <source>the compiled-in image catalog is missing</source>
        <translation>der eingebaute Image-Katalog fehlt</translation>
    </message>
    <message>
        <source>the catalog has no &quot;images&quot; array</source>
        <translation>der Katalog hat kein &quot;images&quot;-Array</translation>
    </message>
</context>
<context>
    <name>bd::Preflight</name>
    <message>
        <source>%1 not found at %2</source>
        <translation>%1 nicht gefunden unter %2</translation>
    </message>
    <message>
        <source>%1 at %2 is not a regular file</source>
        <translation>%1 unter %2 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 at %2 is not an executable file</source>
        <translation>%1 unter %2 ist keine ausführbare Datei</translation>
    </message>
    <message>
        <source>fix the problems above and re-run the check</source>
        <translation>Beheben Sie die obigen Probleme und führen Sie die Prüfung erneut aus</translation>
    </message>
</context>
<context>
    <name>bd::Status</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>bd::SystemdClient</name>
    <message>
        <source>the system bus cannot be reached</source>
        <translation>der Systembus ist nicht erreichbar</translation>
    </message>
    <message>
        <source>systemd is not on the system bus</source>
        <translation>systemd ist nicht auf dem Systembus</translation>
    </message>
    <message>
        <source>systemd has no such unit</source>
        <translation>systemd kennt diese Unit nicht</translation>
    </message>
    <message>
        <source>systemd did not answer in time</source>
        <translation>systemd hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>access to systemd was denied</source>
        <translation>der Zugriff auf systemd wurde verweigert</translation>
    </message>
    <message>
        <source>systemd returned an error</source>
        <translation>systemd hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the check&apos;s deadline has passed</source>
        <translation>die Frist der Prüfung ist abgelaufen</translation>
    </message>
</context>
<context>
    <name>bd::UnitFile</name>
    <message>
        <source>%1 is masked (a link to /dev/null)</source>
        <translation>%1 ist maskiert (eine Verknüpfung auf /dev/null)</translation>
    </message>
    <message>
        <source>no unit file %1 in %2</source>
        <translation>keine Unit-Datei %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n drop-in files, more than allowed</source>
        <translation>
            <numerusform>%n Drop-in-Datei, mehr als erlaubt</numerusform>
            <numerusform>%n Drop-in-Dateien, mehr als erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: line longer than %3 bytes</source>
        <translation>%1:%2: Zeile länger als %3 Bytes</translation>
    </message>
    <message>
        <source>%1:%2: continued line too long</source>
        <translation>%1:%2: fortgesetzte Zeile zu lang</translation>
    </message>
    <message>
        <source>%1: invalid section header</source>
        <translation>%1: ungültige Abschnittsüberschrift</translation>
    </message>
    <message>
        <source>%1: missing &apos;=&apos;, line ignored</source>
        <translation>%1: &apos;=&apos; fehlt, Zeile ignoriert</translation>
    </message>
    <message>
        <source>%1: %2=%3 is not a valid value, ignored as systemd does</source>
        <translation>%1: %2=%3 ist kein gültiger Wert, wie bei systemd ignoriert</translation>
    </message>
    <message>
        <source>%1: unknown capability %2, ignored as systemd does</source>
        <translation>%1: unbekannte Capability %2, wie bei systemd ignoriert</translation>
    </message>
</context>
<context>
    <name>bd::app::AppSettings</name>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bd::app::CheckTreeModel</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>how long the check took</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1: %2
Hint: %3</source>
        <translation>%1: %2
Hinweis: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>accessible row text: name, status word</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>running</source>
        <comment>status of a check not finished yet</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>hint</source>
        <comment>status column of a hint line</comment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>detail</source>
        <comment>status column of a detail line</comment>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&lt; 1 ms</source>
        <translation>&lt; 1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%L1 s</translation>
    </message>
</context>
<context>
    <name>bd::app::DesktopApp</name>
    <message>
        <source>Banger Doctor</source>
        <translation>Banger Doctor</translation>
    </message>
    <message>
        <source>Drift &amp;History…</source>
        <translation>Abweichungs&amp;verlauf …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen …</translation>
    </message>
</context>
<context>
    <name>bd::app::DetailPane</name>
    <message>
        <source>No check selected</source>
        <translation>Keine Prüfung ausgewählt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>&lt;p&gt;This check is still running. Its details appear here when it finishes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Prüfung läuft noch. Ihre Details erscheinen hier, sobald sie fertig ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checks in this group</source>
        <translation>Prüfungen in dieser Gruppe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Took %1</source>
        <comment>how long the check took</comment>
        <translation>Dauer: %1</translation>
    </message>
</context>
<context>
    <name>bd::app::ExportDialog</name>
    <message>
        <source>Markdown (for an issue tracker)</source>
        <translation>Markdown (für einen Issue-Tracker)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>JSON (for tools)</source>
        <translation>JSON (für Werkzeuge)</translation>
    </message>
    <message>
        <source>HTML (one self-contained page)</source>
        <translation>HTML (eine eigenständige Seite)</translation>
    </message>
    <message>
        <source>Prometheus (node_exporter textfile collector)</source>
        <translation>Prometheus (Textfile-Collector von node_exporter)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>%1 “%2” → %3 (%4)</source>
        <translation>%1 „%2“ → %3 (%4)</translation>
    </message>
    <message>
        <source>Nothing personal was found in this report.</source>
        <translation>In diesem Bericht wurde nichts Persönliches gefunden.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bd::app::HistoryDialog</name>
    <message>
        <source>No drift has been seen yet.</source>
        <translation>Bisher wurde keine Abweichung festgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the security posture, newest first.</source>
        <translation>
            <numerusform>%n Änderung der Sicherheitslage, neueste zuerst.</numerusform>
            <numerusform>%n Änderungen der Sicherheitslage, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::app::MainWindow</name>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>In die Zwischenablage kopiert: %1</translation>
    </message>
    <message>
        <source>Check counts</source>
        <translation>Anzahl der Prüfungen</translation>
    </message>
    <message>
        <source>Time of the run</source>
        <translation>Zeitpunkt des Durchlaufs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Running checks…</source>
        <translation>Prüfungen laufen …</translation>
    </message>
    <message>
        <source>Running checks… %1 of %2 done</source>
        <translation>Prüfungen laufen … %1 von %2 fertig</translation>
    </message>
    <message>
        <source>No checks have run yet. Press F5 to run them.</source>
        <translation>Es wurden noch keine Prüfungen ausgeführt. Drücken Sie F5, um sie auszuführen.</translation>
    </message>
    <message>
        <source>1 problem needs attention</source>
        <translation>1 Problem erfordert Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n problems need attention</source>
        <comment>always more than one</comment>
        <translation>
            <numerusform>%n Problem erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n Probleme erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n checks passed</source>
        <translation>
            <numerusform>%n Prüfung bestanden</numerusform>
            <numerusform>Alle %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Bestanden: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Laufend: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet am %1</translation>
    </message>
    <message>
        <source>Run at %1, took %2</source>
        <translation>Ausgeführt am %1, Dauer %2</translation>
    </message>
    <message>
        <source>About Banger Doctor</source>
        <translation>Über Banger Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Banger Doctor %1&lt;/h3&gt;&lt;p&gt;Checks the health and security posture of a banger install and shows what to fix.&lt;/p&gt;&lt;p&gt;Commit %2, Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Banger Doctor %1&lt;/h3&gt;&lt;p&gt;Prüft den Zustand und die Sicherheitslage einer banger-Installation und zeigt, was zu beheben ist.&lt;/p&gt;&lt;p&gt;Commit %2, Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bd::app::Notifier</name>
    <message>
        <source>Banger security posture degraded</source>
        <translation>Sicherheitslage von banger verschlechtert</translation>
    </message>
    <message>
        <source>Banger security posture recovered</source>
        <translation>Sicherheitslage von banger wiederhergestellt</translation>
    </message>
    <message>
        <source>Banger security posture changed</source>
        <translation>Sicherheitslage von banger geändert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Banger Doctor</source>
        <translation>Banger Doctor</translation>
    </message>
</context>
<context>
    <name>bd::app::OpenReportDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Report from %1 — Banger Doctor</source>
        <translation>Bericht von %1 — Banger Doctor</translation>
    </message>
    <message>
        <source>Report from %1 at %2 — not this machine.</source>
        <translation>Bericht von %1 vom %2 — nicht dieser Rechner.</translation>
    </message>
    <message>
        <source>Its personal data was redacted.</source>
        <translation>Seine persönlichen Daten wurden unkenntlich gemacht.</translation>
    </message>
    <message>
        <source>This machine has no finished run yet to compare with.</source>
        <translation>Auf diesem Rechner gibt es noch keinen abgeschlossenen Durchlauf zum Vergleich.</translation>
    </message>
    <message>
        <source>%1 of %2 rows differ from this machine&apos;s latest run.</source>
        <translation>%1 von %2 Zeilen weichen vom letzten Durchlauf auf diesem Rechner ab.</translation>
    </message>
    <message>
        <source>in the report</source>
        <translation>im Bericht</translation>
    </message>
    <message>
        <source>on this machine</source>
        <translation>auf diesem Rechner</translation>
    </message>
    <message>
        <source>Report Not Opened</source>
        <translation>Bericht nicht geöffnet</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Banger Doctor JSON reports (*.json);;All files (*)</source>
        <translation>JSON-Berichte von Banger Doctor (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>bd::app::SettingsDialog</name>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Der Start beim Anmelden konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Prometheus textfile</source>
        <translation>Prometheus-Textdatei</translation>
    </message>
</context>
<context>
    <name>bd::app::TrayController</name>
    <message>
        <source>Banger Doctor: checking…</source>
        <translation>Banger Doctor: Prüfung läuft …</translation>
    </message>
    <message>
        <source>&amp;Open Banger Doctor</source>
        <translation>Banger Doctor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Re-check now</source>
        <translation>&amp;Jetzt erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Pause notifications for an hour</source>
        <translation>Benachrichtigungen eine Stunde &amp;pausieren</translation>
    </message>
    <message>
        <source>Drift &amp;history…</source>
        <translation>Abweichungs&amp;verlauf …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Banger Doctor: %1, %2, %3</source>
        <extracomment>Tray tooltip; the three counts follow, e.g. &quot;Banger Doctor: 14 passed, 2 warnings, 1 failed&quot;</extracomment>
        <translation>Banger Doctor: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::checks</name>
    <message>
        <source>no config at %1; using defaults</source>
        <translation>keine Konfiguration unter %1; Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>the other checks use defaults until this is fixed</source>
        <translation>die anderen Prüfungen verwenden Standardwerte, bis dies behoben ist</translation>
    </message>
    <message>
        <source>fix the file at line %1 (see the TOML syntax at toml.io), or move it aside to use defaults</source>
        <translation>Korrigieren Sie die Datei in Zeile %1 (siehe TOML-Syntax auf toml.io) oder verschieben Sie sie, um Standardwerte zu verwenden</translation>
    </message>
    <message>
        <source>loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>running on %1; banger supports only x86_64 hosts</source>
        <translation>läuft auf %1; banger unterstützt nur x86_64-Hosts</translation>
    </message>
    <message>
        <source>companion binaries, the kernel catalog and OCI image import are built for x86_64 only; use an x86_64 machine</source>
        <translation>Begleitprogramme, Kernel-Katalog und OCI-Image-Import gibt es nur für x86_64; verwenden Sie einen x86_64-Rechner</translation>
    </message>
    <message>
        <source>no system install found (%1 is missing)</source>
        <translation>keine Systeminstallation gefunden (%1 fehlt)</translation>
    </message>
    <message>
        <source>in this mode the helper&apos;s SO_PEERCRED check, the narrow capability bounding set, NoNewPrivileges and ProtectSystem=strict do not protect you</source>
        <translation>in diesem Modus schützen Sie die SO_PEERCRED-Prüfung des Helfers, die enge Capability-Begrenzung, NoNewPrivileges und ProtectSystem=strict nicht</translation>
    </message>
    <message>
        <source>for the supported trust model install with: sudo banger system install --owner &quot;$USER&quot;</source>
        <translation>Für das unterstützte Vertrauensmodell installieren Sie mit: sudo banger system install --owner &quot;$USER&quot;</translation>
    </message>
    <message>
        <source>service, socket and unit hardening checks are skipped until install.toml is valid</source>
        <translation>Prüfungen von Diensten, Sockets und Unit-Härtung entfallen, bis install.toml gültig ist</translation>
    </message>
    <message>
        <source>restore the file with: sudo banger system install --owner &quot;$USER&quot;</source>
        <translation>Stellen Sie die Datei wieder her mit: sudo banger system install --owner &quot;$USER&quot;</translation>
    </message>
    <message>
        <source>system install for %1 (uid %2)</source>
        <translation>Systeminstallation für %1 (UID %2)</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>UID %1</translation>
    </message>
    <message>
        <source>%1 (uid %2)</source>
        <translation>%1 (UID %2)</translation>
    </message>
    <message>
        <source>%1 is mode %2, owner %3, group %4</source>
        <translation>%1 hat Modus %2, Besitzer %3, Gruppe %4</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>%1 has no %2 permission on it</source>
        <translation>%1 darf es nicht %2</translation>
    </message>
    <message>
        <source>uid %1 has no user entry, so its groups are unknown</source>
        <translation>UID %1 hat keinen Benutzereintrag, daher sind ihre Gruppen unbekannt</translation>
    </message>
    <message>
        <source>add the user to group %1: sudo usermod -aG %1 %2, then log in again</source>
        <translation>Fügen Sie den Benutzer zur Gruppe %1 hinzu: sudo usermod -aG %1 %2, und melden Sie sich dann neu an</translation>
    </message>
    <message>
        <source>let udev grant access: install the distribution&apos;s kvm udev rules (mode 0660, group kvm) and add the owner to that group</source>
        <translation>Lassen Sie udev den Zugriff gewähren: Installieren Sie die kvm-udev-Regeln der Distribution (Modus 0660, Gruppe kvm) und fügen Sie den Besitzer zu dieser Gruppe hinzu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>enable virtualization in the firmware and load kvm_intel or kvm_amd (sudo modprobe kvm_intel)</source>
        <translation>Aktivieren Sie die Virtualisierung in der Firmware und laden Sie kvm_intel oder kvm_amd (sudo modprobe kvm_intel)</translation>
    </message>
    <message>
        <source>%1 is a %2, not a character device</source>
        <translation>%1 ist kein zeichenorientiertes Gerät (Typ: %2)</translation>
    </message>
    <message>
        <source>remove it and reload the kvm module so udev recreates the device</source>
        <translation>Entfernen Sie es und laden Sie das Modul kvm neu, damit udev das Gerät neu anlegt</translation>
    </message>
    <message>
        <source>%1 can read and write %2</source>
        <translation>%1 darf %2 lesen und schreiben</translation>
    </message>
    <message>
        <source>load the tun module: sudo modprobe tun</source>
        <translation>Laden Sie das Modul tun: sudo modprobe tun</translation>
    </message>
    <message>
        <source>remove it and run sudo modprobe tun so the device is recreated</source>
        <translation>Entfernen Sie es und führen Sie sudo modprobe tun aus, damit das Gerät neu angelegt wird</translation>
    </message>
    <message>
        <source>%1 is a character device</source>
        <translation>%1 ist ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>%1 was not found on PATH</source>
        <translation>%1 wurde nicht im PATH gefunden</translation>
    </message>
    <message>
        <source>%1 does not exist or is not executable</source>
        <translation>%1 existiert nicht oder ist nicht ausführbar</translation>
    </message>
    <message>
        <source>Firecracker v%1 at %2</source>
        <translation>Firecracker v%1 unter %2</translation>
    </message>
    <message>
        <source>banger needs at least v%1</source>
        <translation>banger benötigt mindestens v%1</translation>
    </message>
    <message>
        <source>upgrade firecracker; releases are at %1</source>
        <translation>Aktualisieren Sie firecracker; Veröffentlichungen gibt es unter %1</translation>
    </message>
    <message>
        <source>newer than v%1, the latest version banger is tested with; it usually works</source>
        <translation>neuer als v%1, die neueste mit banger getestete Version; das funktioniert meist</translation>
    </message>
    <message>
        <source>if VMs misbehave, try firecracker v%1</source>
        <translation>Falls VMs sich fehlerhaft verhalten, versuchen Sie firecracker v%1</translation>
    </message>
    <message>
        <source>within the supported range (at least v%1, tested up to v%2)</source>
        <translation>im unterstützten Bereich (mindestens v%1, getestet bis v%2)</translation>
    </message>
    <message>
        <source>`%1 --version` failed: %2</source>
        <translation>`%1 --version` ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>reinstall firecracker; releases are at %1</source>
        <translation>Installieren Sie firecracker neu; Veröffentlichungen gibt es unter %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 ist eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>the root helper refuses to follow links (O_NOFOLLOW); point firecracker_bin at the real file</source>
        <translation>der root-Helfer folgt keinen Verknüpfungen (O_NOFOLLOW); lassen Sie firecracker_bin auf die eigentliche Datei zeigen</translation>
    </message>
    <message>
        <source>%1 is a %2, not a regular file</source>
        <translation>%1 ist keine reguläre Datei (Typ: %2)</translation>
    </message>
    <message>
        <source>replace it with the firecracker binary</source>
        <translation>Ersetzen Sie es durch die firecracker-Programmdatei</translation>
    </message>
    <message>
        <source>mode %1 has no execute bit</source>
        <translation>Modus %1 hat kein Ausführungsrecht</translation>
    </message>
    <message>
        <source>sudo chmod 0755 %1</source>
        <translation>sudo chmod 0755 %1</translation>
    </message>
    <message>
        <source>mode %1 lets group or others write it</source>
        <translation>Modus %1 erlaubt Gruppe oder anderen das Schreiben</translation>
    </message>
    <message>
        <source>sudo chmod go-w %1</source>
        <translation>sudo chmod go-w %1</translation>
    </message>
    <message>
        <source>owned by uid %1 (%2), not by root (uid 0)</source>
        <translation>gehört UID %1 (%2), nicht root (UID 0)</translation>
    </message>
    <message>
        <source>sudo chown root: %1</source>
        <translation>sudo chown root: %1</translation>
    </message>
    <message>
        <source>%1 was not found, so its ownership cannot be checked</source>
        <translation>%1 wurde nicht gefunden, daher kann der Besitz nicht geprüft werden</translation>
    </message>
    <message>
        <source>install firecracker first (see the firecracker binary row)</source>
        <translation>Installieren Sie zuerst firecracker (siehe Zeile firecracker-Programmdatei)</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>check the permissions of the directories above it</source>
        <translation>Prüfen Sie die Zugriffsrechte der übergeordneten Ordner</translation>
    </message>
    <message>
        <source>%1: regular file, owned by root, mode %2</source>
        <translation>%1: reguläre Datei, gehört root, Modus %2</translation>
    </message>
    <message>
        <source>every capability</source>
        <translation>alle Capabilities</translation>
    </message>
    <message>
        <source>no capabilities</source>
        <translation>keine Capabilities</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>CapabilityBoundingSet= keeps every capability, needs a narrow set (%1)</source>
        <translation>CapabilityBoundingSet= behält alle Capabilities, nötig ist eine enge Auswahl (%1)</translation>
    </message>
    <message>
        <source>CapabilityBoundingSet= keeps %1, which can undo the sandbox (%2)</source>
        <translation>CapabilityBoundingSet= behält %1, womit sich die Sandbox aushebeln lässt (%2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1=%2, needs %3 (%4)</source>
        <translation>%1=%2, nötig ist %3 (%4)</translation>
    </message>
    <message>
        <source>%1: loaded unit has %2, unit file has %3 (%4)</source>
        <translation>%1: geladene Unit hat %2, Unit-Datei hat %3 (%4)</translation>
    </message>
    <message>
        <source>reinstall with `sudo banger system install` to restore the unit, then re-run the doctor</source>
        <translation>Installieren Sie mit `sudo banger system install` neu, um die Unit wiederherzustellen, und starten Sie die Prüfung dann erneut</translation>
    </message>
    <message>
        <source>run `sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart %1`</source>
        <translation>Führen Sie `sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart %1` aus</translation>
    </message>
    <message>
        <source>systemd has not loaded a unit file for it</source>
        <translation>systemd hat keine Unit-Datei dafür geladen</translation>
    </message>
    <message>
        <source>systemd has not loaded it (%1)</source>
        <translation>systemd hat sie nicht geladen (%1)</translation>
    </message>
    <message>
        <source>%1 has no unit file: %2</source>
        <translation>%1 hat keine Unit-Datei: %2</translation>
    </message>
    <message>
        <source>run `sudo systemctl unmask %1`, then reinstall</source>
        <translation>Führen Sie `sudo systemctl unmask %1` aus und installieren Sie dann neu</translation>
    </message>
    <message>
        <source>cannot read the unit %1: %2</source>
        <translation>die Unit %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the unit file exists but systemd has not loaded it</source>
        <translation>%1: Die Unit-Datei existiert, aber systemd hat sie nicht geladen</translation>
    </message>
    <message>
        <source>unit file: %1</source>
        <translation>Unit-Datei: %1</translation>
    </message>
    <message>
        <source>loaded unit: %1</source>
        <translation>geladene Unit: %1</translation>
    </message>
    <message>
        <source>the loaded unit differs from the unit file: a daemon-reload is pending</source>
        <translation>die geladene Unit weicht von der Unit-Datei ab: Ein daemon-reload steht aus</translation>
    </message>
    <message>
        <source>%1 meets all %2 hardening requirements</source>
        <translation>%1 erfüllt alle %2 Härtungsanforderungen</translation>
    </message>
    <message>
        <source>the loaded unit matches the unit file</source>
        <translation>die geladene Unit entspricht der Unit-Datei</translation>
    </message>
    <message>
        <source>the loaded unit was not compared: %1</source>
        <translation>die geladene Unit wurde nicht verglichen: %1</translation>
    </message>
    <message>
        <source>re-register or rebuild the default image</source>
        <translation>Registrieren Sie das Standard-Image erneut oder bauen Sie es neu</translation>
    </message>
    <message>
        <source>default image rootfs</source>
        <translation>rootfs des Standard-Images</translation>
    </message>
    <message>
        <source>default image kernel</source>
        <translation>Kernel des Standard-Images</translation>
    </message>
    <message>
        <source>default image initrd</source>
        <translation>initrd des Standard-Images</translation>
    </message>
    <message>
        <source>default image &quot;%1&quot; is neither registered in the state DB nor in the image catalog</source>
        <translation>Standard-Image &quot;%1&quot; ist weder in der Zustandsdatenbank registriert noch im Image-Katalog</translation>
    </message>
    <message>
        <source>set default_image_name in config.toml to a registered image or one of: %1</source>
        <translation>Setzen Sie default_image_name in config.toml auf ein registriertes Image oder eines von: %1</translation>
    </message>
    <message>
        <source>default image &quot;%1&quot; cannot be looked up: the state DB is not readable</source>
        <translation>Standard-Image &quot;%1&quot; kann nicht nachgeschlagen werden: Die Zustandsdatenbank ist nicht lesbar</translation>
    </message>
    <message>
        <source>fix the state store first (see its row)</source>
        <translation>Beheben Sie zuerst den Zustandsspeicher (siehe dessen Zeile)</translation>
    </message>
    <message>
        <source>ssh key and vsock helper in place; no firecracker binary configured</source>
        <translation>SSH-Schlüssel und vsock-Helfer vorhanden; keine firecracker-Programmdatei eingerichtet</translation>
    </message>
    <message>
        <source>ssh key, vsock helper and firecracker setting resolved</source>
        <translation>SSH-Schlüssel, vsock-Helfer und firecracker-Einstellung aufgelöst</translation>
    </message>
    <message>
        <source>ssh private key</source>
        <translation>privater SSH-Schlüssel</translation>
    </message>
    <message>
        <source>set ssh_key_path in config.toml, or let banger create its default key</source>
        <translation>Setzen Sie ssh_key_path in config.toml oder lassen Sie banger seinen Standardschlüssel anlegen</translation>
    </message>
    <message>
        <source>vsock agent helper</source>
        <translation>vsock-Agent-Helfer</translation>
    </message>
    <message>
        <source>reinstall banger (or run `make build` in a source checkout)</source>
        <translation>Installieren Sie banger neu (oder führen Sie `make build` in einem Quell-Checkout aus)</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between alternative tool names</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 not found on PATH (needed to %2)</source>
        <translation>%1 nicht im PATH gefunden (benötigt, um %2)</translation>
    </message>
    <message>
        <source>this build is broken; reinstall Banger Doctor</source>
        <translation>dieser Build ist defekt; installieren Sie Banger Doctor neu</translation>
    </message>
    <message>
        <source>sudo apt install %1</source>
        <translation>sudo apt install %1</translation>
    </message>
    <message>
        <source>required host tools available</source>
        <translation>benötigte Host-Werkzeuge vorhanden</translation>
    </message>
    <message>
        <source>reinstall banger so it ships its vsock agent helper</source>
        <translation>Installieren Sie banger neu, damit sein vsock-Agent-Helfer mitkommt</translation>
    </message>
    <message>
        <source>vsock host device %1 not found</source>
        <translation>vsock-Host-Gerät %1 nicht gefunden</translation>
    </message>
    <message>
        <source>load the vhost_vsock module: sudo modprobe vhost_vsock</source>
        <translation>Laden Sie das Modul vhost_vsock: sudo modprobe vhost_vsock</translation>
    </message>
    <message>
        <source>vsock guest agent prerequisites available</source>
        <translation>Voraussetzungen für den vsock-Gastagenten vorhanden</translation>
    </message>
    <message>
        <source>reinstall with `sudo banger system install`, then re-run the doctor</source>
        <translation>Installieren Sie mit `sudo banger system install` neu und starten Sie die Prüfung dann erneut</translation>
    </message>
    <message>
        <source>%1 is not loaded and systemd could not load it</source>
        <translation>%1 ist nicht geladen und systemd konnte sie nicht laden</translation>
    </message>
    <message>
        <source>systemd did not answer within %1 ms when asked about %2</source>
        <translation>systemd hat auf die Frage nach %2 nicht innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <source>check that systemd is responsive (`systemctl status`), then re-run the doctor</source>
        <translation>Prüfen Sie, ob systemd reagiert (`systemctl status`), und starten Sie die Prüfung dann erneut</translation>
    </message>
    <message>
        <source>cannot reach the system bus to ask systemd about %1</source>
        <translation>der Systembus ist nicht erreichbar, um systemd nach %1 zu fragen</translation>
    </message>
    <message>
        <source>make sure the D-Bus system bus is running (`systemctl status dbus`)</source>
        <translation>Stellen Sie sicher, dass der D-Bus-Systembus läuft (`systemctl status dbus`)</translation>
    </message>
    <message>
        <source>systemd is not on the system bus, so %1 cannot be checked</source>
        <translation>systemd ist nicht auf dem Systembus, daher kann %1 nicht geprüft werden</translation>
    </message>
    <message>
        <source>banger&apos;s services need systemd as the init system</source>
        <translation>die Dienste von banger benötigen systemd als Init-System</translation>
    </message>
    <message>
        <source>the system bus refused to tell the state of %1</source>
        <translation>der Systembus hat den Zustand von %1 nicht preisgegeben</translation>
    </message>
    <message>
        <source>run the doctor as a user allowed to query systemd</source>
        <translation>Führen Sie Banger Doctor als Benutzer aus, der systemd abfragen darf</translation>
    </message>
    <message>
        <source>systemd could not report on %1</source>
        <translation>systemd konnte keine Auskunft über %1 geben</translation>
    </message>
    <message>
        <source>check `systemctl status %1`</source>
        <translation>Prüfen Sie `systemctl status %1`</translation>
    </message>
    <message>
        <source>%1 is not installed: systemd found no unit file for it</source>
        <translation>%1 ist nicht installiert: systemd hat keine Unit-Datei dafür gefunden</translation>
    </message>
    <message>
        <source>%1 is masked, so it cannot start</source>
        <translation>%1 ist maskiert und kann daher nicht starten</translation>
    </message>
    <message>
        <source>run `sudo systemctl unmask %1 &amp;&amp; sudo systemctl start %1`</source>
        <translation>Führen Sie `sudo systemctl unmask %1 &amp;&amp; sudo systemctl start %1` aus</translation>
    </message>
    <message>
        <source>systemd could not load %1 (load state %2)</source>
        <translation>systemd konnte %1 nicht laden (Ladezustand %2)</translation>
    </message>
    <message>
        <source>see `systemctl status %1` for the unit file error, then reinstall</source>
        <translation>Den Fehler in der Unit-Datei zeigt `systemctl status %1`; installieren Sie danach neu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>ActiveState (SubState)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is %2, not active</source>
        <translation>%1 ist %2, nicht active</translation>
    </message>
    <message>
        <source>run `sudo systemctl restart %1` and re-run the doctor</source>
        <translation>Führen Sie `sudo systemctl restart %1` aus und starten Sie die Prüfung erneut</translation>
    </message>
    <message>
        <source>is a %1, want a socket</source>
        <translation>ist kein Socket (Typ: %1)</translation>
    </message>
    <message>
        <source>mode is %1, want %2</source>
        <translation>Modus ist %1, erwartet wird %2</translation>
    </message>
    <message>
        <source>owner is uid %1 (%2), want uid %3 (%4)</source>
        <translation>Besitzer ist UID %1 (%2), erwartet wird UID %3 (%4)</translation>
    </message>
    <message>
        <source>is %1 running? Check with: systemctl status %1</source>
        <translation>Läuft %1? Prüfen Sie mit: systemctl status %1</translation>
    </message>
    <message>
        <source>restart %1 so it recreates the socket: sudo systemctl restart %1</source>
        <translation>Starten Sie %1 neu, damit der Socket neu angelegt wird: sudo systemctl restart %1</translation>
    </message>
    <message>
        <source>%1: socket, mode %2, owner uid %3</source>
        <translation>%1: Socket, Modus %2, Besitzer UID %3</translation>
    </message>
    <message>
        <source>add this line to %1, above any Host or Match line: %2</source>
        <translation>Fügen Sie diese Zeile in %1 vor jeder Host- oder Match-Zeile ein: %2</translation>
    </message>
    <message>
        <source>enabled: `ssh NAME.vm` goes through banger</source>
        <translation>aktiviert: `ssh NAME.vm` läuft über banger</translation>
    </message>
    <message>
        <source>%1 is included from %2:%3</source>
        <translation>%1 wird in %2:%3 eingebunden</translation>
    </message>
    <message>
        <source>%1 could not be read (%2), so `ssh NAME.vm` is not enabled</source>
        <translation>%1 konnte nicht gelesen werden (%2), daher ist `ssh NAME.vm` nicht aktiviert</translation>
    </message>
    <message>
        <source>%1 does not include %2, so `ssh NAME.vm` is not enabled (optional)</source>
        <translation>%1 bindet %2 nicht ein, daher ist `ssh NAME.vm` nicht aktiviert (optional)</translation>
    </message>
    <message>
        <source>will be created on first daemon start at %1</source>
        <translation>wird beim ersten Start des Daemons unter %1 angelegt</translation>
    </message>
    <message>
        <source>readable at %1</source>
        <translation>lesbar unter %1</translation>
    </message>
    <message numerus="yes">
        <source>schema version %1, %n image(s) registered</source>
        <translation>
            <numerusform>Schemaversion %1, %n Image registriert</numerusform>
            <numerusform>Schemaversion %1, %n Images registriert</numerusform>
        </translation>
    </message>
    <message>
        <source>Banger Doctor %1 (commit %2)</source>
        <translation>Banger Doctor %1 (Commit %2)</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>installed banger %1 (commit %2, installed %3)</source>
        <translation>installiertes banger %1 (Commit %2, installiert %3)</translation>
    </message>
    <message>
        <source>of unknown version</source>
        <translation>unbekannter Version</translation>
    </message>
    <message>
        <source>no %1: not a system install</source>
        <translation>kein %1: keine Systeminstallation</translation>
    </message>
    <message>
        <source>%1 cannot be read; see the security posture row</source>
        <translation>%1 kann nicht gelesen werden; siehe Zeile Sicherheitslage</translation>
    </message>
    <message>
        <source>the doctor and the installed banger are different builds, so some checks may not match the install; update whichever side is older</source>
        <translation>Banger Doctor und das installierte banger sind verschiedene Builds, daher passen manche Prüfungen eventuell nicht zur Installation; aktualisieren Sie die ältere Seite</translation>
    </message>
    <message>
        <source>development build, versions not compared</source>
        <translation>Entwicklungs-Build, Versionen nicht verglichen</translation>
    </message>
    <message>
        <source> (matches)</source>
        <translation> (stimmt überein)</translation>
    </message>
    <message>
        <source>vcpu: %1 (%2)</source>
        <translation>vcpu: %1 (%2)</translation>
    </message>
    <message>
        <source>memory: %1 MiB (%2)</source>
        <translation>Speicher: %1 MiB (%2)</translation>
    </message>
    <message>
        <source>disk: %1 (%2)</source>
        <translation>Festplatte: %1 (%2)</translation>
    </message>
    <message>
        <source>override any of these in %1 under [vm_defaults]</source>
        <translation>Jeden dieser Werte können Sie in %1 unter [vm_defaults] überschreiben</translation>
    </message>
    <message>
        <source>fix or remove %1, then run `sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart %2`</source>
        <translation>Korrigieren oder entfernen Sie %1 und führen Sie dann `sudo systemctl daemon-reload &amp;&amp; sudo systemctl restart %2` aus</translation>
    </message>
</context>
<context>
    <name>bd::cli</name>
    <message>
        <source>
Exit codes of --report: 0 no failure, 1 at least one failure (or warning with --strict), 2 usage or internal error.
</source>
        <translation>
Exit-Codes von --report: 0 kein Fehler, 1 mindestens ein Fehler (oder eine Warnung mit --strict), 2 Aufruf- oder interner Fehler.
</translation>
    </message>
    <message>
        <source>Try &apos;banger-doctor --help&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit &apos;banger-doctor --help&apos;.</translation>
    </message>
    <message>
        <source>--root %1: not a directory</source>
        <translation>--root %1: kein Ordner</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of: %2</source>
        <translation>unbekanntes Format &apos;%1&apos;; verwenden Sie eines von: %2</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bd::cli::Parser</name>
    <message>
        <source>Start hidden in the system tray.</source>
        <translation>Verborgen im Systembereich starten.</translation>
    </message>
    <message>
        <source>Print the report and exit.</source>
        <translation>Den Bericht ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Report format: text, markdown, json, html or prometheus (default text).</source>
        <translation>Berichtsformat: text, markdown, json, html oder prometheus (Standard: text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>Den Bericht in DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Replace user name, home, host name and uids.</source>
        <translation>Benutzername, Persönlichen Ordner, Rechnername und UIDs ersetzen.</translation>
    </message>
    <message>
        <source>Count warnings as failures for the exit code.</source>
        <translation>Warnungen beim Exit-Code als Fehler zählen.</translation>
    </message>
    <message>
        <source>Read system paths under DIR.</source>
        <translation>Systempfade unterhalb von ORDNER lesen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Use this config.toml.</source>
        <translation>Diese config.toml verwenden.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Checks the health and security posture of a banger install.</source>
        <translation>Prüft den Zustand und die Sicherheitslage einer banger-Installation.</translation>
    </message>
</context>
<context>
    <name>bd::firecracker</name>
    <message>
        <source>it crashed</source>
        <translation>es ist abgestürzt</translation>
    </message>
    <message>
        <source>it exited with status %1</source>
        <translation>es wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>it printed no version</source>
        <translation>es hat keine Version ausgegeben</translation>
    </message>
    <message>
        <source>it printed &quot;%1&quot;, not a version</source>
        <translation>es hat &quot;%1&quot; ausgegeben, keine Version</translation>
    </message>
    <message>
        <source>it could not be started: %1</source>
        <translation>es konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>it did not finish within %1 s and was killed</source>
        <translation>es war nicht innerhalb von %1 s fertig und wurde beendet</translation>
    </message>
    <message>
        <source>it printed more than %1 KiB and was killed</source>
        <translation>es hat mehr als %1 KiB ausgegeben und wurde beendet</translation>
    </message>
    <message>
        <source>download a static firecracker binary from %1</source>
        <translation>Laden Sie eine statische firecracker-Programmdatei von %1 herunter</translation>
    </message>
    <message>
        <source>install it from the AUR with `%1` (or the AUR helper you use), or download a static binary from %2</source>
        <translation>Installieren Sie es aus dem AUR mit `%1` (oder Ihrem AUR-Helfer) oder laden Sie eine statische Programmdatei von %2 herunter</translation>
    </message>
    <message>
        <source>install it with `%1` (or add it to configuration.nix), or download a static binary from %2</source>
        <translation>Installieren Sie es mit `%1` (oder nehmen Sie es in configuration.nix auf) oder laden Sie eine statische Programmdatei von %2 herunter</translation>
    </message>
    <message>
        <source>install it with `%1`, or download a static binary from %2</source>
        <translation>Installieren Sie es mit `%1` oder laden Sie eine statische Programmdatei von %2 herunter</translation>
    </message>
</context>
<context>
    <name>bd::monitor</name>
    <message>
        <source>passes again</source>
        <translation>wieder bestanden</translation>
    </message>
    <message>
        <source>(%n times)</source>
        <translation>(%n-mal)</translation>
    </message>
</context>
<context>
    <name>bd::report</name>
    <message>
        <source>Hint:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Banger Doctor report — %1</source>
        <translation>Bericht von Banger Doctor — %1</translation>
    </message>
    <message>
        <source>Banger Doctor report</source>
        <translation>Bericht von Banger Doctor</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems: every check passed.</source>
        <translation>Keine Probleme: Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Alle Prüfungen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Banger Doctor</source>
        <translation>Banger Doctor</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persönliche Daten</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>unkenntlich gemacht</translation>
    </message>
    <message>
        <source>not redacted</source>
        <translation>nicht unkenntlich gemacht</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Recent posture drift</source>
        <translation>Letzte Abweichungen der Sicherheitslage</translation>
    </message>
    <message>
        <source>No posture drift recorded.</source>
        <translation>Keine Abweichungen der Sicherheitslage aufgezeichnet.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>This file is not valid JSON (%1 at byte %2), so it is not a Banger Doctor report.</source>
        <translation>Diese Datei ist kein gültiges JSON (%1 bei Byte %2) und daher kein Bericht von Banger Doctor.</translation>
    </message>
    <message>
        <source>This JSON file is not a Banger Doctor report: it has no &quot;schema&quot; of banger-doctor/report/v1.</source>
        <translation>Diese JSON-Datei ist kein Bericht von Banger Doctor: Sie hat kein &quot;schema&quot; banger-doctor/report/v1.</translation>
    </message>
    <message>
        <source>This JSON file is not a Banger Doctor report: its schema is &quot;%1&quot;, not banger-doctor/report/v1.</source>
        <translation>Diese JSON-Datei ist kein Bericht von Banger Doctor: Ihr Schema ist &quot;%1&quot;, nicht banger-doctor/report/v1.</translation>
    </message>
    <message>
        <source>This report was written by a newer Banger Doctor (report format v%1); this version reads v1 reports only. Update Banger Doctor to open it.</source>
        <translation>Dieser Bericht stammt von einem neueren Banger Doctor (Berichtsformat v%1); diese Version liest nur v1-Berichte. Aktualisieren Sie Banger Doctor, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>This report is %1 MiB; reports larger than %2 MiB are refused.</source>
        <translation>Dieser Bericht ist %1 MiB groß; Berichte über %2 MiB werden abgelehnt.</translation>
    </message>
    <message>
        <source>This file is empty, so it is not a Banger Doctor report.</source>
        <translation>Diese Datei ist leer und daher kein Bericht von Banger Doctor.</translation>
    </message>
    <message>
        <source>This JSON file is not a Banger Doctor report: it is not a JSON object.</source>
        <translation>Diese JSON-Datei ist kein Bericht von Banger Doctor: Sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; reports larger than %3 MiB are refused.</source>
        <translation>%1 ist %2 MiB groß; Berichte über %3 MiB werden abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 passed, %2, %3 failed in %4 ms</source>
        <translation>%1 bestanden, %2, %3 fehlgeschlagen in %L4 ms</translation>
    </message>
    <message>
        <source>Recent posture drift:</source>
        <translation>Letzte Abweichungen der Sicherheitslage:</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation, for the lang attribute of the HTML report.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>**%1** — %2 on `%3`, %4</source>
        <translation>**%1** — %2 auf `%3`, %4</translation>
    </message>
    <message>
        <source>hint: </source>
        <translation>Hinweis: </translation>
    </message>
</context>
<context>
    <name>bd::report::Redactor</name>
    <message>
        <source>home directory</source>
        <translation>Persönlicher Ordner</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>owner user</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>real name</source>
        <translation>echter Name</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Rechnername</translation>
    </message>
    <message>
        <source>uid</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>owner uid</source>
        <translation>UID des Besitzers</translation>
    </message>
</context>
<context>
    <name>bd::report::ReportReader</name>
    <message numerus="yes">
        <source>This report is incomplete: it ends after %n bytes, in the middle of the JSON. The file was probably truncated while it was copied or downloaded.</source>
        <translation>
            <numerusform>Dieser Bericht ist unvollständig: Er endet nach %n Byte mitten im JSON. Die Datei wurde vermutlich beim Kopieren oder Herunterladen abgeschnitten.</numerusform>
            <numerusform>Dieser Bericht ist unvollständig: Er endet nach %n Bytes mitten im JSON. Die Datei wurde vermutlich beim Kopieren oder Herunterladen abgeschnitten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::report::Validator</name>
    <message>
        <source>This report cannot be opened: &quot;%1&quot; %2.</source>
        <translation>Dieser Bericht kann nicht geöffnet werden: &quot;%1&quot; %2.</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not one of pass, warn, fail</source>
        <translation>ist &quot;%1&quot;, keiner von pass, warn, fail</translation>
    </message>
    <message>
        <source>is not a date and time (&quot;%1&quot;)</source>
        <translation>ist kein Datum mit Uhrzeit (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>bd::ssh::IncludeWalker</name>
    <message>
        <source>stopped following includes at %1: too deeply nested or too many files</source>
        <translation>Verfolgen der Includes bei %1 abgebrochen: zu tief verschachtelt oder zu viele Dateien</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
</TS>
