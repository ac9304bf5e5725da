"""The reminder in the tray's balloon, where there is no notification server: shown,
clicked, withdrawn, and when the tray cannot be used."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from backspasm_gui.desktop import notifications
from backspasm_gui.desktop.notifications import Notifier
from tests.desktop.notification_bus import BODY, TITLE, Bus, HiddenTray, VisibleTray


def test_without_a_server_the_tray_shows_the_reminder(bus: Bus) -> None:
    tray = VisibleTray()
    assert Notifier(tray, bus=bus.connection).show(TITLE, BODY)
    assert tray.messages == [(TITLE, BODY, notifications.TRAY_MESSAGE_MS)]


def test_the_tray_has_no_buttons_on_its_message(bus: Bus) -> None:
    notifier = Notifier(VisibleTray(), bus=bus.connection)
    notifier.show(TITLE, BODY)
    assert not notifier.native_actions


def test_clicking_the_tray_message_starts(bus: Bus, qtbot: QtBot) -> None:
    tray = VisibleTray()
    notifier = Notifier(tray, bus=bus.connection)
    notifier.show(TITLE, BODY)
    with qtbot.waitSignal(notifier.answered) as blocker:
        tray.messageClicked.emit()
    assert blocker.args == ["start"]


def test_a_click_on_a_withdrawn_tray_message_is_no_answer(bus: Bus, qtbot: QtBot) -> None:
    tray = VisibleTray()
    notifier = Notifier(tray, bus=bus.connection)
    notifier.show(TITLE, BODY)
    notifier.withdraw()
    with qtbot.assertNotEmitted(notifier.answered):
        tray.messageClicked.emit()


def test_a_tray_icon_with_no_system_tray_to_sit_in_is_not_used(bus: Bus) -> None:
    tray = QSystemTrayIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon))
    tray.show()  # "visible", though offscreen Qt, like a bare window manager, has no tray
    assert not Notifier(tray, bus=bus.connection).show(TITLE, BODY)


def test_a_hidden_tray_icon_is_not_used(bus: Bus) -> None:
    assert not Notifier(HiddenTray(), bus=bus.connection).show(TITLE, BODY)


def test_without_a_server_or_tray_show_returns_false(bus: Bus) -> None:
    assert not Notifier(bus=bus.connection).show(TITLE, BODY)


def test_without_a_server_or_tray_nothing_is_available(bus: Bus) -> None:
    assert not Notifier(bus=bus.connection).available


def test_a_visible_tray_is_available(bus: Bus) -> None:
    assert Notifier(VisibleTray(), bus=bus.connection).available
