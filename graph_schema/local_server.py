"""The project-managed local Neo4j: Community server jars from Maven Central, run as a detached JVM.

No Docker is needed. Two directories, both from Settings:

* ``neo4j_lib_dir`` holds the jars (``org.neo4j:neo4j`` and ``org.neo4j.client:neo4j-browser`` with all their
  runtime dependencies), fetched once by Maven from ``neo4j/pom.xml`` and shared by every instance;
* ``neo4j_home`` holds one instance: ``conf/neo4j.conf`` (rendered from ``neo4j/neo4j.conf.template`` on every
  start), ``data/`` (kept across stop/start), ``logs/`` (``console.log`` is the server's console output) and
  ``run/`` (the pid file).

There is no distribution tarball and no ``bin/neo4j`` script: the server's entry point
(``org.neo4j.server.CommunityEntryPoint``) is launched directly, so this module supplies the JVM flags that script
would take from ``server.jvm.additional`` (see ``REQUIRED_JVM_FLAGS``).

Functions return data (``ServerStatus``) and raise ``LocalServerError``; the CLI is a thin layer over them.
POSIX only (process groups, signals).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from string import Template

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired, TransientError

from graph_schema.errors import LocalServerError
from graph_schema.settings import PROJECT_ROOT, Settings

logger = logging.getLogger(__name__)

NEO4J_DIR = PROJECT_ROOT / "neo4j"
POM = NEO4J_DIR / "pom.xml"
CONF_TEMPLATE = NEO4J_DIR / "neo4j.conf.template"

MIN_JAVA = 17
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_COMMAND = "org.neo4j.server.startup.Neo4jAdminCommand"

# The flags every Neo4j 5 server needs on JDK 17+. They are the list neo4j-admin's own config migrator adds to a
# 5.x neo4j.conf (org.neo4j.commandline.dbms.ConfigFileMigrator in neo4j-dbms-5.26.30.jar), i.e. the
# server.jvm.additional lines of the official distribution's conf/neo4j.conf ("Open modules for neo4j to allow
# internal access", "Enable native memory access", "Disable logging JMX endpoint").
REQUIRED_JVM_FLAGS: tuple[str, ...] = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
)
# Also from the distribution's conf/neo4j.conf: recommended, not required. (-XX:+AlwaysPreTouch is left out on
# purpose: it slows start-up and buys nothing for a development store.)
RECOMMENDED_JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-Dfile.encoding=UTF-8",
)
JVM_FLAGS = REQUIRED_JVM_FLAGS + RECOMMENDED_JVM_FLAGS

LOG_TAIL_LINES = 30
PID_FILE_NAME = "diplograph-neo4j.pid"  # ours; the server also writes (and removes) run/neo4j.pid itself
_HEAP_PATTERN = re.compile(r"^[1-9][0-9]*[kKmMgG]?$")
_JAVA_VERSION_PATTERN = re.compile(r'version "(\d+)(?:\.(\d+))?')

# Servers this process started, so they are reaped (no zombies) and their Popen objects outlive the call.
_children: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    bolt_uri: str
    http_url: str
    home: Path


@dataclass(frozen=True)
class JavaRuntime:
    executable: Path
    major: int


# --- paths -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    home: Path
    conf_dir: Path
    data_dir: Path
    logs_dir: Path
    run_dir: Path
    import_dir: Path
    plugins_dir: Path
    lib_dir: Path

    @property
    def conf_file(self) -> Path:
        return self.conf_dir / "neo4j.conf"

    @property
    def console_log(self) -> Path:
        return self.logs_dir / "console.log"

    @property
    def pid_file(self) -> Path:
        return self.run_dir / PID_FILE_NAME

    @property
    def system_db(self) -> Path:
        # Created by the first start; set-initial-password only has an effect before it exists.
        return self.data_dir / "databases" / "system"


def _layout(settings: Settings) -> _Layout:
    home = settings.neo4j_home.expanduser().resolve()
    return _Layout(
        home=home,
        conf_dir=home / "conf",
        data_dir=home / "data",
        logs_dir=home / "logs",
        run_dir=home / "run",
        import_dir=home / "import",
        plugins_dir=home / "plugins",
        lib_dir=settings.neo4j_lib_dir.expanduser().resolve(),
    )


def provision_log(settings: Settings) -> Path:
    """Where Maven's output of the last provisioning goes."""
    lib_dir = settings.neo4j_lib_dir.expanduser().resolve()
    return lib_dir.parent / "provision.log"


# --- pure helpers (unit-tested) ------------------------------------------------------------------------------------


def parse_java_version(version_output: str) -> int:
    """The major version from ``java -version`` output: 'openjdk version "17.0.15"' -> 17, '"1.8.0_292"' -> 8."""
    match = _JAVA_VERSION_PATTERN.search(version_output)
    if match is None:
        raise LocalServerError(f"cannot read the Java version from `java -version`: {version_output.strip()[:200]!r}")
    major = int(match.group(1))
    if major == 1 and match.group(2) is not None:  # the pre-9 scheme, 1.8 -> 8
        major = int(match.group(2))
    return major


def render_conf(settings: Settings, template: str | None = None) -> str:
    """The instance's neo4j.conf: the project's template filled in from settings."""
    if not _HEAP_PATTERN.match(settings.neo4j_heap):
        raise LocalServerError(f"DIPLOGRAPH_NEO4J_HEAP must look like 512m or 2g, got {settings.neo4j_heap!r}")
    for name, port in (("BOLT", settings.neo4j_bolt_port), ("HTTP", settings.neo4j_http_port)):
        if not 0 < port < 65536:
            raise LocalServerError(f"DIPLOGRAPH_NEO4J_{name}_PORT must be a TCP port, got {port}")
    if settings.neo4j_bolt_port == settings.neo4j_http_port:
        raise LocalServerError("DIPLOGRAPH_NEO4J_BOLT_PORT and DIPLOGRAPH_NEO4J_HTTP_PORT must differ")
    if template is None:
        template = _read_project_file(CONF_TEMPLATE)
    layout = _layout(settings)
    values = {
        "bolt_port": str(settings.neo4j_bolt_port),
        "http_port": str(settings.neo4j_http_port),
        "heap": settings.neo4j_heap,
        "data_dir": layout.data_dir.as_posix(),
        "logs_dir": layout.logs_dir.as_posix(),
        "run_dir": layout.run_dir.as_posix(),
        "import_dir": layout.import_dir.as_posix(),
        "plugins_dir": layout.plugins_dir.as_posix(),
        "lib_dir": layout.lib_dir.as_posix(),
    }
    try:
        return Template(template).substitute(values)
    except (KeyError, ValueError) as exc:
        raise LocalServerError(f"{CONF_TEMPLATE}: bad placeholder {exc}") from exc


def server_command(settings: Settings, java: Path) -> list[str]:
    """The command line that runs the server in the foreground (we detach it ourselves)."""
    layout = _layout(settings)
    return [
        str(java),
        f"-Xms{settings.neo4j_heap}",
        f"-Xmx{settings.neo4j_heap}",
        *JVM_FLAGS,
        "-cp",
        f"{layout.lib_dir.as_posix()}/*",
        ENTRY_POINT,
        f"--home-dir={layout.home.as_posix()}",
        f"--config-dir={layout.conf_dir.as_posix()}",
        "--console-mode",
    ]


def bolt_uri(settings: Settings) -> str:
    return f"bolt://127.0.0.1:{settings.neo4j_bolt_port}"


def http_url(settings: Settings) -> str:
    return f"http://127.0.0.1:{settings.neo4j_http_port}"


def jars_present(settings: Settings) -> bool:
    """True when the lib dir holds the server and Browser jars of the configured versions."""
    lib_dir = _layout(settings).lib_dir
    wanted = (f"neo4j-{settings.neo4j_version}.jar", f"neo4j-browser-{settings.neo4j_browser_version}.jar")
    return all((lib_dir / name).is_file() for name in wanted)


# --- tools -------------------------------------------------------------------------------------------------------


def find_java() -> JavaRuntime:
    """The java binary from JAVA_HOME, else PATH, checked to be Java 17 or newer."""
    java: Path | None = None
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            java = candidate
        else:
            logger.warning("JAVA_HOME=%s has no bin/java; looking on PATH", java_home)
    if java is None:
        found = shutil.which("java")
        if found is None:
            raise LocalServerError(
                f"java not found: install a JDK {MIN_JAVA} or 21 (e.g. `apt-get install openjdk-17-jre-headless`) "
                "and put it on PATH or set JAVA_HOME"
            )
        java = Path(found)
    try:
        completed = subprocess.run(  # noqa: S603 - a fixed argument list, no shell
            [str(java), "-version"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LocalServerError(f"cannot run {java} -version: {exc}") from exc
    major = parse_java_version(completed.stderr + completed.stdout)
    if major < MIN_JAVA:
        raise LocalServerError(
            f"{java} is Java {major}; Neo4j {MIN_JAVA}+ is needed: install a JDK {MIN_JAVA} or 21 "
            "(e.g. `apt-get install openjdk-17-jre-headless`) and set JAVA_HOME"
        )
    if major not in (17, 21):
        logger.warning("Java %s at %s: Neo4j 5 supports Java 17 and 21; trying anyway", major, java)
    return JavaRuntime(executable=java, major=major)


def find_maven() -> Path:
    found = shutil.which("mvn")
    if found is None:
        raise LocalServerError(
            "mvn not found: install Apache Maven 3.6+ (e.g. `apt-get install maven`); "
            "it fetches the Neo4j jars from Maven Central once"
        )
    return Path(found)


# --- provision ---------------------------------------------------------------------------------------------------


def provision(settings: Settings) -> Path:
    """Fetch the server and Browser jars into settings.neo4j_lib_dir; a no-op when they are there. Returns the dir.

    Maven copies into a fresh sibling directory which then replaces the lib dir, so an interrupted run or a
    version change never leaves a mixed set of jars.
    """
    lib_dir = _layout(settings).lib_dir
    if jars_present(settings):
        logger.debug("Neo4j %s jars already in %s", settings.neo4j_version, lib_dir)
        return lib_dir
    java = find_java()
    mvn = find_maven()
    pom = _existing_project_file(POM)
    log_path = provision_log(settings)
    lib_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{lib_dir.name}-", dir=lib_dir.parent))
    command = [
        str(mvn),
        "-q",
        "-B",
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={staging}",
        f"-Dneo4j.version={settings.neo4j_version}",
        f"-Dneo4j.browser.version={settings.neo4j_browser_version}",
    ]
    env = {**os.environ, "JAVA_HOME": str(java.executable.resolve().parent.parent)}
    logger.info(
        "fetching Neo4j %s and Browser %s with Maven into %s (log: %s)",
        settings.neo4j_version,
        settings.neo4j_browser_version,
        lib_dir,
        log_path,
    )
    started = time.monotonic()
    try:
        with log_path.open("wb") as log:
            completed = subprocess.run(  # noqa: S603 - a fixed argument list, no shell
                command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, check=False
            )
        if completed.returncode != 0:
            raise LocalServerError(
                f"Maven failed (exit {completed.returncode}) fetching Neo4j {settings.neo4j_version}; "
                f"full log: {log_path}\n{_tail(log_path)}"
            )
        for name in (f"neo4j-{settings.neo4j_version}.jar", f"neo4j-browser-{settings.neo4j_browser_version}.jar"):
            if not (staging / name).is_file():
                raise LocalServerError(f"Maven succeeded but {name} is missing from its output; full log: {log_path}")
        _replace_lib_dir(staging, settings)
    except OSError as exc:
        raise LocalServerError(f"cannot provision Neo4j into {lib_dir}: {exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    logger.info("fetched %d jars in %.1f s", sum(1 for _ in lib_dir.glob("*.jar")), time.monotonic() - started)
    return lib_dir


def _replace_lib_dir(staging: Path, settings: Settings) -> None:
    lib_dir = _layout(settings).lib_dir
    staging.chmod(0o755)  # mkdtemp made it private; the jars are shared
    if jars_present(settings):
        return  # another `start` provisioned the same versions meanwhile
    if lib_dir.exists():
        shutil.rmtree(lib_dir)  # other versions
    try:
        staging.rename(lib_dir)
    except OSError:
        if not jars_present(settings):  # lost a race to a concurrent provisioning of the same versions: fine
            raise


# --- status / start / stop ----------------------------------------------------------------------------------------


def status(settings: Settings) -> ServerStatus:
    """Whether this instance's server process is alive (it may still be starting)."""
    layout = _layout(settings)
    pid = _live_pid(layout)
    return ServerStatus(
        running=pid is not None, pid=pid, bolt_uri=bolt_uri(settings), http_url=http_url(settings), home=layout.home
    )


def start(settings: Settings) -> ServerStatus:
    """Provision if needed, then start the server and wait until Bolt accepts the configured credentials.

    Returns the status at once when the server is already running. The initial password is set before the very
    first start only (Neo4j ignores it afterwards); data survive stop/start.
    """
    current = status(settings)
    if current.running:
        logger.info("Neo4j already running (pid %s) at %s", current.pid, current.bolt_uri)
        return current
    provision(settings)
    java = find_java()
    layout = _layout(settings)
    conf = render_conf(settings)
    for port in (settings.neo4j_bolt_port, settings.neo4j_http_port):
        if _port_in_use(port):
            raise LocalServerError(
                f"port {port} on 127.0.0.1 is already in use by another process; "
                "choose others with DIPLOGRAPH_NEO4J_BOLT_PORT / DIPLOGRAPH_NEO4J_HTTP_PORT"
            )
    for directory in (
        layout.conf_dir,
        layout.data_dir,
        layout.logs_dir,
        layout.run_dir,
        layout.import_dir,
        layout.plugins_dir,
    ):
        directory.mkdir(parents=True, exist_ok=True)
    layout.conf_file.write_text(conf, encoding="utf-8")
    layout.pid_file.unlink(missing_ok=True)
    if not layout.system_db.exists():
        _set_initial_password(settings, java, layout)
    _warn_if_uri_elsewhere(settings)

    logger.info("starting Neo4j %s in %s", settings.neo4j_version, layout.home)
    started = time.monotonic()
    with layout.console_log.open("ab") as console:
        try:
            process = subprocess.Popen(  # noqa: S603 - a fixed argument list, no shell
                server_command(settings, java.executable),
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                cwd=layout.home,
                start_new_session=True,  # detached: survives the CLI, not killed by its Ctrl-C
            )
        except OSError as exc:
            raise LocalServerError(f"cannot launch {java.executable}: {exc}") from exc
    _children[process.pid] = process
    layout.pid_file.write_text(f"{process.pid}\n", encoding="ascii")
    _wait_for_bolt(settings, process, layout)
    logger.info(
        "Neo4j up in %.1f s (pid %d): %s, Browser %s/browser/",
        time.monotonic() - started,
        process.pid,
        bolt_uri(settings),
        http_url(settings),
    )
    return status(settings)


def stop(settings: Settings, *, timeout: float = 60.0) -> ServerStatus:
    """SIGTERM the server and wait for it (Neo4j checkpoints on the way out); SIGKILL after `timeout` seconds.

    A no-op when it is not running.
    """
    layout = _layout(settings)
    pid = _live_pid(layout)
    if pid is None:
        layout.pid_file.unlink(missing_ok=True)
        return status(settings)
    logger.info("stopping Neo4j (pid %d)", pid)
    _terminate(pid, layout, timeout=timeout)
    layout.pid_file.unlink(missing_ok=True)
    return status(settings)


# --- internals ---------------------------------------------------------------------------------------------------


def _set_initial_password(settings: Settings, java: JavaRuntime, layout: _Layout) -> None:
    # neo4j-admin takes the password as a command-line argument (briefly visible in `ps`); this short-lived process
    # runs once per instance, on the developer's own machine.
    password = settings.neo4j_password.get_secret_value()
    command = [
        str(java.executable),
        *REQUIRED_JVM_FLAGS,
        "-cp",
        f"{layout.lib_dir.as_posix()}/*",
        ADMIN_COMMAND,
        "dbms",
        "set-initial-password",
        password,
    ]
    env = {**os.environ, "NEO4J_HOME": str(layout.home), "NEO4J_CONF": str(layout.conf_dir)}
    logger.info("setting the initial password of user %s", settings.neo4j_user)
    try:
        completed = subprocess.run(  # noqa: S603 - a fixed argument list, no shell
            command, capture_output=True, text=True, env=env, cwd=layout.home, timeout=120, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LocalServerError(f"neo4j-admin set-initial-password did not run: {exc}") from exc
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr).replace(password, "***").strip()
        raise LocalServerError(f"neo4j-admin set-initial-password failed (exit {completed.returncode}): {output}")
    if settings.neo4j_user != "neo4j":
        logger.warning(
            "the local server only has user neo4j; DIPLOGRAPH_NEO4J_USER=%s will be refused", settings.neo4j_user
        )


def _wait_for_bolt(settings: Settings, process: subprocess.Popen[bytes], layout: _Layout) -> None:
    deadline = time.monotonic() + settings.neo4j_start_timeout
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    with GraphDatabase.driver(bolt_uri(settings), auth=auth, connection_timeout=2.0) as driver:
        while True:
            code = process.poll()
            if code is not None:
                _children.pop(process.pid, None)
                layout.pid_file.unlink(missing_ok=True)
                log = layout.console_log
                raise LocalServerError(f"Neo4j exited during start-up (exit {code}); log {log}:\n{_tail(log)}")
            try:
                driver.verify_connectivity()
                return
            except AuthError as exc:
                _terminate(process.pid, layout, timeout=60.0)
                layout.pid_file.unlink(missing_ok=True)
                raise LocalServerError(
                    f"Neo4j in {layout.home} refused user {settings.neo4j_user!r} with the configured password; the "
                    "password was fixed by its first start: set DIPLOGRAPH_NEO4J_PASSWORD to it, or delete "
                    f"{layout.data_dir} to start afresh (server stopped)"
                ) from exc
            except (ServiceUnavailable, SessionExpired, TransientError, OSError):
                pass  # not up yet
            if time.monotonic() >= deadline:
                _terminate(process.pid, layout, timeout=30.0)
                layout.pid_file.unlink(missing_ok=True)
                raise LocalServerError(
                    f"Neo4j did not answer on {bolt_uri(settings)} within {settings.neo4j_start_timeout:g} s "
                    f"(server stopped); log {layout.console_log}:\n{_tail(layout.console_log)}"
                )
            time.sleep(0.5)


def _terminate(pid: int, layout: _Layout, *, timeout: float) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        _children.pop(pid, None)
        return
    if _wait_gone(pid, layout, timeout):
        return
    logger.warning("Neo4j (pid %d) still running %.0f s after SIGTERM; sending SIGKILL", pid, timeout)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        _children.pop(pid, None)
        return
    if not _wait_gone(pid, layout, 10.0):
        raise LocalServerError(f"Neo4j (pid {pid}) survived SIGKILL")


def _wait_gone(pid: int, layout: _Layout, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid, layout):
            return True
        time.sleep(0.2)
    return not _alive(pid, layout)


def _live_pid(layout: _Layout) -> int | None:
    try:
        pid = int(layout.pid_file.read_text(encoding="ascii").strip())
    except (FileNotFoundError, ValueError):
        return None
    return pid if _alive(pid, layout) else None


def _alive(pid: int, layout: _Layout) -> bool:
    """True when `pid` is a live server of this instance (not a zombie, not a recycled pid)."""
    child = _children.get(pid)
    if child is not None:  # started by this process: poll() is authoritative, and reaps it
        if child.poll() is None:
            return True
        _children.pop(pid, None)
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else; the checks below decide
    return _is_instance_server(pid, layout)


def _is_instance_server(pid: int, layout: _Layout) -> bool:
    """On Linux, whether an existing `pid` is still this instance's server; elsewhere trust the pid file."""
    proc = Path(f"/proc/{pid}")
    if not Path("/proc/self/stat").exists():
        return True
    try:
        state = (proc / "stat").read_text(encoding="ascii", errors="replace").rsplit(")", 1)[1].split()[0]
        args = (proc / "cmdline").read_bytes()
    except (OSError, IndexError):
        return False
    if state in {"Z", "X"}:
        return False
    if not args:
        # An exiting process gives up its memory (so an empty cmdline) before its sockets: still alive.
        return True
    argv = args.split(b"\0")
    return ENTRY_POINT.encode() in argv and f"--home-dir={layout.home.as_posix()}".encode() in argv


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _warn_if_uri_elsewhere(settings: Settings) -> None:
    match = re.match(r"^(?:bolt|neo4j)(?:\+s|\+ssc)?://(?:127\.0\.0\.1|localhost)(?::(\d+))?", settings.neo4j_uri)
    port = int(match.group(1) or 7687) if match else None
    if port != settings.neo4j_bolt_port:
        logger.warning(
            "DIPLOGRAPH_NEO4J_URI=%s does not point at this local server (%s)", settings.neo4j_uri, bolt_uri(settings)
        )


def _tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return "".join(deque(handle, maxlen=lines)).rstrip() or "(log is empty)"
    except FileNotFoundError:
        return f"(no log at {path})"


def _existing_project_file(path: Path) -> Path:
    if not path.is_file():
        raise LocalServerError(f"{path} is missing: the local Neo4j runs from a diplograph source checkout")
    return path


def _read_project_file(path: Path) -> str:
    return _existing_project_file(path).read_text(encoding="utf-8")
