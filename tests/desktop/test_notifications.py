"""The reminder notification on the desktop's notification server, against a real
D-Bus (a private bus per test, a fake server): what the server is sent, the person's
answer, replacing and withdrawing it, and finding the server.
"""

from __future__ import annotations

import re
import shutil
import sys
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from backspasm_gui import APP_ID, APP_NAME
from backspasm_gui.desktop import notifications
from backspasm_gui.desktop.notifications import Notifier
from tests.desktop.notification_bus import (
    BODY,
    SERVER,
    TITLE,
    WAIT_MS,
    Bus,
    FakeServer,
    VisibleTray,
    shown,
)

# --- what the server is sent ------------------------------------------------------------------


def test_show_sends_the_title_and_body(notifier: Notifier, server: FakeServer) -> None:
    notifier.show(TITLE, BODY)
    [call] = server.calls("Notify")
    assert (call["summary"], call["body"]) == (TITLE, BODY)


def test_show_returns_true_when_the_server_took_it(notifier: Notifier, server: FakeServer) -> None:
    assert notifier.show(TITLE, BODY)


def test_the_notification_names_the_app_its_icon_and_desktop_file(
    notifier: Notifier, server: FakeServer
) -> None:
    notifier.show(TITLE, BODY)
    [call] = server.calls("Notify")
    assert call["app_name"] == APP_NAME
    assert call["app_icon"] == APP_ID
    assert call["hints"]["desktop-entry"] == APP_ID


def test_the_notification_offers_start_snooze_and_skip(
    notifier: Notifier, server: FakeServer
) -> None:
    notifier.show(TITLE, BODY)
    [call] = server.calls("Notify")
    assert call["actions"] == [
        "default", "Start now",
        "start", "Start now",
        "snooze", "Snooze 10 minutes",
        "skip", "Skip",
    ]  # fmt: skip


def test_the_notification_stays_until_answered(notifier: Notifier, server: FakeServer) -> None:
    notifier.show(TITLE, BODY)
    [call] = server.calls("Notify")
    assert call["expire_timeout"] == 0  # the spec's "never expires"


def test_the_urgency_hint_goes_out_as_a_dbus_byte(
    bus: Bus, notifier: Notifier, server: FakeServer, qtbot: QtBot
) -> None:
    dbus_monitor = shutil.which("dbus-monitor")
    if dbus_monitor is None:
        pytest.skip("needs dbus-monitor to see the message on the wire")
    output = bytearray()
    monitor = QProcess()
    monitor.readyReadStandardOutput.connect(
        lambda: output.extend(monitor.readAllStandardOutput().data())
    )
    monitor.start(dbus_monitor, ["--address", bus.address])
    try:
        qtbot.waitUntil(lambda: b"NameLost" in output, timeout=WAIT_MS)  # it is a monitor now
        notifier.show(TITLE, BODY)
        notify = re.compile(rb"member=Notify\n(.*?)\n(?:method|signal|error) ", re.DOTALL)
        qtbot.waitUntil(lambda: notify.search(output) is not None, timeout=WAIT_MS)
    finally:
        monitor.kill()
        monitor.waitForFinished()
    match = notify.search(output)
    assert match is not None
    assert re.search(rb'string "urgency"\s+variant\s+byte 1\b', match.group(1)), match.group(1)


def test_the_server_is_asked_its_capabilities_once(notifier: Notifier, server: FakeServer) -> None:
    notifier.show(TITLE, BODY)
    notifier.show(TITLE, BODY)
    assert len(server.calls("GetCapabilities")) == 1


def test_native_actions_is_true_when_the_server_has_actions(notifier: Notifier) -> None:
    assert notifier.native_actions


def test_native_actions_changed_is_emitted_when_the_server_answers(
    bus: Bus, server: FakeServer, qtbot: QtBot
) -> None:
    notifier = Notifier(bus=bus.connection)
    with qtbot.waitSignal(notifier.nativeActionsChanged, timeout=WAIT_MS) as blocker:
        pass  # the answer to GetCapabilities arrives in the event loop
    assert blocker.args == [True]


def test_a_server_without_actions_gets_no_actions(
    bus: Bus, servers: Callable[..., FakeServer], qtbot: QtBot
) -> None:
    plain = servers("--capabilities", "body")
    notifier = Notifier(bus=bus.connection)
    assert notifier.show(TITLE, BODY)
    [call] = plain.calls("Notify")
    assert call["actions"] == []


def test_native_actions_is_false_when_the_server_has_no_actions(
    bus: Bus, servers: Callable[..., FakeServer]
) -> None:
    servers("--capabilities", "body")
    notifier = Notifier(bus=bus.connection)
    notifier.show(TITLE, BODY)  # capabilities known by now
    assert not notifier.native_actions


# --- the person's answer --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "answer"),
    [("default", "start"), ("start", "start"), ("snooze", "snooze"), ("skip", "skip")],
    ids=["clicking-the-body-starts", "start-button", "snooze-button", "skip-button"],
)
def test_an_action_on_the_notification_is_the_answer(
    notifier: Notifier, server: FakeServer, qtbot: QtBot, key: str, answer: str
) -> None:
    notification_id = shown(notifier, server)
    with qtbot.waitSignal(notifier.answered, timeout=WAIT_MS) as blocker:
        server.invoke(notification_id, key)
    assert blocker.args == [answer]


def test_an_action_on_another_apps_notification_is_ignored(
    notifier: Notifier, server: FakeServer, qtbot: QtBot, answers: list[str]
) -> None:
    notification_id = shown(notifier, server)
    with qtbot.waitSignal(notifier.answered, timeout=WAIT_MS):
        server.invoke(notification_id + 1, "skip")  # signals reach every app on the bus
        server.invoke(notification_id, "snooze")  # arrives after it, so the first was seen
    assert answers == ["snooze"]


def test_closing_it_without_choosing_is_dismissed(
    notifier: Notifier, server: FakeServer, qtbot: QtBot
) -> None:
    notification_id = shown(notifier, server)
    with qtbot.waitSignal(notifier.answered, timeout=WAIT_MS) as blocker:
        server.close(notification_id, notifications.CLOSED_BY_USER)
    assert blocker.args == ["dismissed"]


def test_the_close_after_an_answer_is_not_a_second_answer(
    notifier: Notifier, server: FakeServer, qtbot: QtBot, answers: list[str]
) -> None:
    notification_id = shown(notifier, server)
    server.invoke(notification_id, "start")
    server.close(notification_id, notifications.CLOSED_BY_USER)  # as GNOME does after a click
    qtbot.waitUntil(lambda: not notifier.showing, timeout=WAIT_MS)
    assert answers == ["start"]


def test_an_expired_notification_is_no_answer(
    notifier: Notifier, server: FakeServer, qtbot: QtBot, answers: list[str]
) -> None:
    notification_id = shown(notifier, server)
    server.close(notification_id, 1)  # 1: it expired
    qtbot.waitUntil(lambda: not notifier.showing, timeout=WAIT_MS)
    assert answers == []


def test_the_activation_token_is_kept_for_raising_the_window(
    notifier: Notifier, server: FakeServer, qtbot: QtBot
) -> None:
    notification_id = shown(notifier, server)
    server.send_activation_token(notification_id, "token-123")
    with qtbot.waitSignal(notifier.answered, timeout=WAIT_MS):
        server.invoke(notification_id, "start")  # the spec sends the token just before
    assert notifier.activation_token == "token-123"


# --- replacing and withdrawing --------------------------------------------------------------


def test_a_second_show_replaces_the_first(notifier: Notifier, server: FakeServer) -> None:
    first_id = shown(notifier, server)
    notifier.show(TITLE, BODY)
    first, second = server.calls("Notify")
    assert (first["replaces_id"], second["replaces_id"]) == (0, first_id)


def test_after_it_was_closed_a_show_is_a_new_notification(
    notifier: Notifier, server: FakeServer, qtbot: QtBot
) -> None:
    notification_id = shown(notifier, server)
    server.close(notification_id, notifications.CLOSED_BY_USER)
    qtbot.waitUntil(lambda: not notifier.showing, timeout=WAIT_MS)
    notifier.show(TITLE, BODY)
    assert server.calls("Notify")[-1]["replaces_id"] == 0


def test_withdraw_closes_the_notification_on_screen(notifier: Notifier, server: FakeServer) -> None:
    notification_id = shown(notifier, server)
    notifier.withdraw()
    assert server.calls("CloseNotification") == [
        {"method": "CloseNotification", "id": notification_id}
    ]


def test_withdraw_with_nothing_on_screen_asks_nothing(
    notifier: Notifier, server: FakeServer
) -> None:
    notifier.withdraw()
    assert server.calls("CloseNotification") == []


def test_withdrawing_is_no_answer(
    notifier: Notifier, server: FakeServer, qtbot: QtBot, answers: list[str]
) -> None:
    shown(notifier, server)
    notifier.withdraw()
    shown(notifier, server)  # the server's NotificationClosed (reason 3) came before this
    notifier.withdraw()
    assert answers == []


# --- where the server is, or is not -------------------------------------------------------------


def test_a_server_that_starts_later_is_used(
    bus: Bus, servers: Callable[..., FakeServer], qtbot: QtBot
) -> None:
    notifier = Notifier(bus=bus.connection)
    late = servers()
    qtbot.waitUntil(lambda: notifier.native_actions, timeout=WAIT_MS)
    assert notifier.show(TITLE, BODY)
    assert late.calls("Notify")


def test_a_server_started_on_demand_is_used(bus: Bus, qtbot: QtBot) -> None:
    (bus.services / "org.freedesktop.Notifications.service").write_text(
        f"[D-BUS Service]\nName=org.freedesktop.Notifications\nExec={sys.executable} {SERVER}\n"
    )
    notifier = Notifier(bus=bus.connection)
    assert notifier.available
    qtbot.waitUntil(lambda: notifier.native_actions, timeout=WAIT_MS)  # it was started
    assert notifier.show(TITLE, BODY)


def test_a_server_that_hangs_holds_the_window_about_a_second_then_the_tray_shows_it(
    bus: Bus, servers: Callable[..., FakeServer], qtbot: QtBot
) -> None:
    servers("--hang-on-notify")
    tray = VisibleTray()
    notifier = Notifier(tray, bus=bus.connection)
    qtbot.waitUntil(lambda: notifier.native_actions, timeout=WAIT_MS)
    started = time.monotonic()
    assert notifier.show(TITLE, BODY)
    assert time.monotonic() - started < notifications.CALL_TIMEOUT_MS / 1000 + 0.5
    assert tray.messages == [(TITLE, BODY, notifications.TRAY_MESSAGE_MS)]
