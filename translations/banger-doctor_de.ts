<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bd</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is %1 bytes, larger than the %2 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file grew past the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TOML date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk_size must be a positive number of bytes or a size such as &quot;8G&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner_uid is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner_user is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::CheckScheduler</name>
    <message>
        <source>did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something this check reads is not answering; re-run it, and if it persists run with QT_LOGGING_RULES=&quot;banger.doctor.*.debug=true&quot; to see where it waits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::Checks</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banger version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core vm lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vsock guest agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vm defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kvm access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tun device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firecracker binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helper service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner daemon service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helper socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helper unit hardening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon unit hardening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firecracker binary ownership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::Fields</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::Preflight</name>
    <message>
        <source>%1 not found at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the problems above and re-run the check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::Status</name>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::checks</name>
    <message>
        <source>no config at %1; using defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other checks use defaults until this is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the file at line %1 (see the TOML syntax at toml.io), or move it aside to use defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running on %1; banger supports only x86_64 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion binaries, the kernel catalog and OCI image import are built for x86_64 only; use an x86_64 machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system install found (%1 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in this mode the helper&apos;s SO_PEERCRED check, the narrow capability bounding set, NoNewPrivileges and ProtectSystem=strict do not protect you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the supported trust model install with: sudo banger system install --owner &quot;$USER&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service, socket and unit hardening checks are skipped until install.toml is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the file with: sudo banger system install --owner &quot;$USER&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system install for %1 (uid %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::cli</name>
    <message>
        <source>
Exit codes of --report: 0 no failure, 1 at least one failure (or warning with --strict), 2 usage or internal error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;banger-doctor --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--root %1: not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::cli::Parser</name>
    <message>
        <source>Start hidden in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format: text, markdown, json, html or prometheus (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace user name, home, host name and uids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count warnings as failures for the exit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read system paths under DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this config.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the health and security posture of a banger install.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::report</name>
    <message>
        <source>%1 passed, %2 warnings, %3 failed in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
