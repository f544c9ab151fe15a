"""The reconnection policy (app/sync/backoff.py), with a fake clock and fixed random draws."""

from __future__ import annotations

import pytest

from app.sync.backoff import Backoff, SyncSchedule


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def schedule(clock: Clock, draw: float = 1.0) -> SyncSchedule:
    return SyncSchedule(backoff=Backoff(rand=lambda: draw), clock=clock)


def test_ceiling_doubles_from_five_seconds_to_a_fifteen_minute_cap():
    b = Backoff(rand=lambda: 1.0)
    delays = [b.fail() for _ in range(12)]
    assert delays[:8] == [5, 10, 20, 40, 80, 160, 320, 640]
    assert delays[8:] == [900, 900, 900, 900]
    assert b.failures == 12


def test_full_jitter_draws_between_the_floor_and_the_ceiling():
    draws = iter([0.5, 0.25, 0.0])
    b = Backoff(rand=lambda: next(draws))
    assert b.fail() == 2.5  # 0.5 × 5
    assert b.fail() == 2.5  # 0.25 × 10
    assert b.fail() == 1.0  # a zero draw keeps the one-second floor


def test_real_random_draws_stay_within_bounds():
    b = Backoff()
    for n in range(20):
        ceiling = b.ceiling()
        delay = b.fail()
        assert 1.0 <= delay <= max(1.0, ceiling), n


def test_reset_after_success_starts_again_from_the_base():
    b = Backoff(rand=lambda: 1.0)
    for _ in range(5):
        b.fail()
    b.reset()
    assert b.fail() == 5


def test_unreachable_server_backs_off_and_a_probe_answer_resets(clock):
    s = schedule(clock)
    assert s.start(after=2) == 2
    assert s.unreachable() == 5
    assert s.unreachable() == 10
    assert s.reachable is False
    clock.now += 10
    assert s.probe_answered(pending=3) is True  # something waits: sync now
    assert s.backoff.failures == 0
    assert s.unreachable() == 5


def test_nothing_pending_still_pulls_every_five_minutes(clock):
    s = schedule(clock)
    s.start()
    assert s.probe_answered(pending=0) is True  # never synced: pull once
    assert s.synced() == 300
    clock.now += 60
    assert s.probe_answered(pending=0) is False
    assert s.delay() == 240
    clock.now += 240
    assert s.probe_answered(pending=0) is True


def test_local_save_brings_the_attempt_forward_only_when_reachable(clock):
    s = schedule(clock)
    s.start()
    s.unreachable()
    s.unreachable()
    assert s.local_change() == 10  # offline: the backoff stands
    s.synced()
    assert s.local_change() == 10  # reachable: ten seconds, not five minutes
    clock.now += 4
    assert s.local_change() == 6  # a second save does not postpone the first


def test_revoked_stops_automatic_attempts_until_the_user_asks(clock):
    s = schedule(clock)
    s.start()
    assert s.failed("revoked") is None
    assert s.stopped and s.delay() is None
    assert s.unreachable() is None
    assert s.local_change() is None
    s.sync_now()
    assert not s.stopped and s.delay() == 0


@pytest.mark.parametrize("kind", ["unauthorized", "too_old", "not_enrolled", "tls"])
def test_errors_a_person_must_fix_stop_the_schedule(clock, kind):
    s = schedule(clock)
    s.start()
    assert s.failed(kind) is None and s.stopped


def test_server_errors_retry_with_backoff_but_count_as_reachable(clock):
    s = schedule(clock)
    s.start()
    assert s.failed("server") == 5
    assert s.failed("refused") == 10
    assert s.reachable is True
    assert s.failed("offline") == 20
    assert s.reachable is False


def test_sync_now_overrides_a_long_backoff(clock):
    s = schedule(clock)
    s.start()
    for _ in range(10):
        s.unreachable()
    assert s.delay() == 900
    s.sync_now()
    assert s.delay() == 0
    assert s.backoff.failures == 10  # a failure after the user's attempt keeps backing off
