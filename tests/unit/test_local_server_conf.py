"""graph_schema.local_server without a server: conf rendering, command line, Java checks, pid handling."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from graph_schema import local_server
from graph_schema.errors import LocalServerError
from graph_schema.settings import Settings


def _settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "neo4j_home": tmp_path / "home",
        "neo4j_lib_dir": tmp_path / "lib",
        "neo4j_bolt_port": 17687,
        "neo4j_http_port": 17474,
        "neo4j_heap": "768m",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def _conf_lines(conf: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in conf.splitlines() if line and not line.startswith("#"))
    return {key: value for key, value in pairs}


# --- java -version --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17),
        ('openjdk version "21" 2023-09-19', 21),
        ('openjdk version "21.0.4" 2024-07-16 LTS', 21),
        ('java version "1.8.0_292"\nJava(TM) SE Runtime Environment', 8),
        ('openjdk version "11.0.2" 2019-01-15', 11),
        ('openjdk version "17-ea" 2021-03-16', 17),
        ('Picked up JAVA_TOOL_OPTIONS: -Xss1m\nopenjdk version "25" 2025-09-16', 25),
    ],
)
def test_parse_java_version(output: str, major: int) -> None:
    assert local_server.parse_java_version(output) == major


def test_parse_java_version_refuses_noise() -> None:
    with pytest.raises(LocalServerError, match="cannot read the Java version"):
        local_server.parse_java_version("bash: java: command not found")


def _fake_java(directory: Path, version_line: str) -> Path:
    java = directory / "bin" / "java"
    java.parent.mkdir(parents=True)
    java.write_text(f"#!/bin/sh\necho '{version_line}' >&2\n", encoding="utf-8")
    java.chmod(java.stat().st_mode | stat.S_IXUSR)
    return java


def test_find_java_prefers_java_home_and_checks_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_java(tmp_path / "jdk11", 'openjdk version "11.0.2" 2019-01-15')
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk11"))
    with pytest.raises(LocalServerError, match=r"Java 11; Neo4j 17\+ is needed"):
        local_server.find_java()

    java21 = _fake_java(tmp_path / "jdk21", 'openjdk version "21.0.4" 2024-07-16 LTS')
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk21"))
    assert local_server.find_java() == local_server.JavaRuntime(executable=java21, major=21)


def test_find_java_names_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LocalServerError, match="java not found: install a JDK 17"):
        local_server.find_java()


def test_find_maven_names_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LocalServerError, match="mvn not found: install Apache Maven"):
        local_server.find_maven()


# --- neo4j.conf -----------------------------------------------------------------------------------------------


def test_render_conf_binds_loopback_only(tmp_path: Path) -> None:
    conf = _conf_lines(local_server.render_conf(_settings(tmp_path)))
    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert conf["server.bolt.listen_address"] == "127.0.0.1:17687"
    assert conf["server.http.listen_address"] == "127.0.0.1:17474"
    assert conf["server.bolt.advertised_address"] == "127.0.0.1:17687"
    assert conf["server.http.advertised_address"] == "127.0.0.1:17474"
    assert conf["server.https.enabled"] == "false"
    listen = {key: value for key, value in conf.items() if key.endswith("listen_address")}
    assert all(value.startswith("127.0.0.1") for value in listen.values()), listen


def test_render_conf_fills_heap_dirs_and_turns_usage_report_off(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    rendered = local_server.render_conf(settings)
    conf = _conf_lines(rendered)
    home = (tmp_path / "home").resolve()
    assert "$" not in rendered
    assert conf["dbms.usage_report.enabled"] == "false"
    assert conf["dbms.security.auth_enabled"] == "true"
    assert conf["server.memory.heap.initial_size"] == conf["server.memory.heap.max_size"] == "768m"
    for name in ("data", "logs", "run", "import", "plugins"):
        assert conf[f"server.directories.{name}"] == (home / name).as_posix()
    assert conf["server.directories.lib"] == (tmp_path / "lib").resolve().as_posix()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"neo4j_heap": "lots"}, "DIPLOGRAPH_NEO4J_HEAP"),
        ({"neo4j_heap": "512m\nserver.bolt.listen_address=0.0.0.0:7687"}, "DIPLOGRAPH_NEO4J_HEAP"),
        ({"neo4j_bolt_port": 0}, "DIPLOGRAPH_NEO4J_BOLT_PORT"),
        ({"neo4j_http_port": 70000}, "DIPLOGRAPH_NEO4J_HTTP_PORT"),
        ({"neo4j_bolt_port": 17474}, "must differ"),
    ],
)
def test_render_conf_refuses_bad_settings(tmp_path: Path, overrides: dict[str, object], message: str) -> None:
    with pytest.raises(LocalServerError, match=message):
        local_server.render_conf(_settings(tmp_path, **overrides))


def test_render_conf_reports_unknown_placeholder(tmp_path: Path) -> None:
    with pytest.raises(LocalServerError, match="bad placeholder"):
        local_server.render_conf(_settings(tmp_path), template="server.bolt.listen_address=${nope}\n")


# --- command line ---------------------------------------------------------------------------------------------


def test_server_command(tmp_path: Path) -> None:
    command = local_server.server_command(_settings(tmp_path), Path("/opt/jdk/bin/java"))
    home = (tmp_path / "home").resolve()
    assert command[0] == "/opt/jdk/bin/java"
    assert {"-Xms768m", "-Xmx768m", *local_server.REQUIRED_JVM_FLAGS} <= set(command)
    assert command[command.index("-cp") + 1] == f"{(tmp_path / 'lib').resolve().as_posix()}/*"
    assert command[-4:] == [
        local_server.ENTRY_POINT,
        f"--home-dir={home.as_posix()}",
        f"--config-dir={(home / 'conf').as_posix()}",
        "--console-mode",
    ]


# --- jars, status ---------------------------------------------------------------------------------------------


def test_jars_present_and_provision_skips_when_they_are(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(tmp_path)
    assert not local_server.jars_present(settings)
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / f"neo4j-{settings.neo4j_version}.jar").touch()
    assert not local_server.jars_present(settings)
    (lib / f"neo4j-browser-{settings.neo4j_browser_version}.jar").touch()
    assert local_server.jars_present(settings)
    monkeypatch.setenv("PATH", str(tmp_path))  # no java, no mvn: provisioning must not need them
    assert local_server.provision(settings) == lib.resolve()


def test_jars_of_another_version_are_not_enough(tmp_path: Path) -> None:
    settings = _settings(tmp_path, neo4j_version="5.26.99")
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "neo4j-5.26.30.jar").touch()
    (lib / f"neo4j-browser-{settings.neo4j_browser_version}.jar").touch()
    assert not local_server.jars_present(settings)


def test_status_of_a_fresh_home(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert local_server.status(settings) == local_server.ServerStatus(
        running=False,
        pid=None,
        bolt_uri="bolt://127.0.0.1:17687",
        http_url="http://127.0.0.1:17474",
        home=(tmp_path / "home").resolve(),
    )


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="the recycled-pid check needs /proc")
def test_status_ignores_a_pid_file_naming_another_process(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    run = tmp_path / "home" / "run"
    run.mkdir(parents=True)
    (run / local_server.PID_FILE_NAME).write_text(f"{os.getpid()}\n", encoding="ascii")  # alive, but not Neo4j
    assert not local_server.status(settings).running


def test_stop_without_a_server_is_a_no_op(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    run = tmp_path / "home" / "run"
    run.mkdir(parents=True)
    (run / local_server.PID_FILE_NAME).write_text("not a pid\n", encoding="ascii")
    assert not local_server.stop(settings).running
    assert not (run / local_server.PID_FILE_NAME).exists()


# --- provisioning with stand-in java and mvn ------------------------------------------------------------------


def _fake_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mvn_body: str) -> None:
    _fake_java(tmp_path / "jdk", 'openjdk version "17.0.15" 2025-04-15')
    mvn = tmp_path / "tools" / "mvn"
    mvn.parent.mkdir()
    mvn.write_text(f"#!/bin/sh\n{mvn_body}\n", encoding="utf-8")
    mvn.chmod(mvn.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk"))
    monkeypatch.setenv("PATH", f"{mvn.parent}{os.pathsep}/usr/bin{os.pathsep}/bin")


def test_provision_failure_shows_the_maven_log_tail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    noisy_failure = 'for i in $(seq 1 50); do echo "line $i"; done\necho "[ERROR] no network"\nexit 1'
    _fake_tools(tmp_path, monkeypatch, noisy_failure)
    settings = _settings(tmp_path)
    with pytest.raises(LocalServerError, match=r"Maven failed \(exit 1\)") as raised:
        local_server.provision(settings)
    message = str(raised.value)
    assert "[ERROR] no network" in message
    assert "line 50" in message
    assert "line 5\n" not in message  # only the tail
    assert not (tmp_path / "lib").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".lib-")] == []  # no staging left behind


def test_provision_installs_what_maven_copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The stand-in mvn copies the two jars into -DoutputDirectory=..., like dependency:copy-dependencies.
    _fake_tools(
        tmp_path,
        monkeypatch,
        'for arg in "$@"; do case "$arg" in -DoutputDirectory=*) out="${arg#-DoutputDirectory=}";; esac; done\n'
        'touch "$out/neo4j-5.26.30.jar" "$out/neo4j-browser-5.24.0.jar" "$out/netty-common.jar"',
    )
    settings = _settings(tmp_path, neo4j_version="5.26.30", neo4j_browser_version="5.24.0")
    lib = local_server.provision(settings)
    assert lib == (tmp_path / "lib").resolve()
    jars = sorted(p.name for p in lib.iterdir())
    assert jars == ["neo4j-5.26.30.jar", "neo4j-browser-5.24.0.jar", "netty-common.jar"]
    assert stat.S_IMODE(lib.stat().st_mode) == 0o755
    assert local_server.provision_log(settings).is_file()
