"""The pose pictures: complete for the routine, and each shows what the handout says."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from backspasm_gui import resources
from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.figure import (
    HEAD_RADIUS,
    SEGMENTS,
    TORSO_WIDTH,
    Picture,
    Pose,
    View,
    blend,
    demonstration,
    holding,
    load_poses,
    picture,
)
from backspasm_gui.core.routine import Routine

FLOOR = 7.0  # cm: touching the floor, within about a limb's thickness (lifted is 20+)


@pytest.fixture(scope="module")
def poses() -> dict[str, Pose]:
    return load_poses(resources.path("poses.toml"))


def held(poses: dict[str, Pose], stretch: str, *, mirrored: bool = False) -> Picture:
    pose = poses[stretch]
    return picture(pose, pose.frames[pose.hold[0]], mirrored=mirrored)


def started(poses: dict[str, Pose], stretch: str) -> Picture:
    pose = poses[stretch]
    return picture(pose, pose.frames[pose.start])


def test_every_stretch_of_the_routine_has_a_pose(poses: dict[str, Pose], routine: Routine) -> None:
    assert sorted(poses) == sorted(s.id for s in routine.stretches)


def test_every_key_pose_sets_every_segment(poses: dict[str, Pose]) -> None:
    for pose in poses.values():
        for frame in pose.frames.values():
            assert set(frame.angles) == set(SEGMENTS)
            assert all(math.isfinite(a) for a in frame.angles.values())


def test_side_views_rest_on_the_floor_and_never_go_through_it(poses: dict[str, Pose]) -> None:
    for pose in poses.values():
        if pose.view is not View.SIDE:
            continue
        for name, frame in pose.frames.items():
            _left, bottom, _right, _top = picture(pose, frame).bounds()
            assert bottom == pytest.approx(0.0, abs=1e-6), (pose.stretch_id, name)


def low(shot: Picture, joint: str, width: float = 9.5) -> bool:
    """The joint's limb touches the floor."""
    return shot.joints[joint][1] - width / 2 < FLOOR


def test_cat_cow_is_on_hands_and_knees_and_rounds_then_hollows_the_back(
    poses: dict[str, Pose],
) -> None:
    table = started(poses, "cat-cow")
    assert low(table, "knee_a")
    assert low(table, "wrist_a", 7.6)
    pose = poses["cat-cow"]
    cat, cow = (picture(pose, pose.frames[name]) for name in pose.hold)

    def sag(shot: Picture) -> float:  # mid-back below the line from pelvis to neck
        (px, py), (mx, my), (nx, ny) = (shot.joints[j] for j in ("pelvis", "mid", "neck"))
        return py + (ny - py) * (mx - px) / (nx - px) - my

    assert sag(cat) < -10 < 5 < sag(cow)
    assert cow.joints["head"][1] > cat.joints["head"][1] + 20  # head up in cow, tucked in cat


def test_back_extension_lifts_the_chest_with_hands_under_the_shoulders_hips_down(
    poses: dict[str, Pose],
) -> None:
    shot = held(poses, "back-extension")
    assert abs(shot.joints["wrist_a"][0] - shot.joints["shoulder_a"][0]) < 10
    assert low(shot, "wrist_a", 7.6)
    assert shot.joints["pelvis"][1] - TORSO_WIDTH / 2 < FLOOR  # hips on the ground
    assert shot.joints["neck"][1] > 30  # chest off the floor
    prone = started(poses, "back-extension")
    assert prone.joints["neck"][1] < TORSO_WIDTH  # starts lying face down
    assert prone.nose is not None
    assert prone.nose[1] < prone.head[1]


def test_knee_to_chest_pulls_one_knee_in_while_the_other_leg_stays_on_the_floor(
    poses: dict[str, Pose],
) -> None:
    shot = held(poses, "knee-to-chest")
    lying = started(poses, "knee-to-chest")

    def knee_to_chest(s: Picture) -> float:
        return math.dist(s.joints["knee_a"], s.joints["mid"])

    assert knee_to_chest(shot) < knee_to_chest(lying) - 30
    assert low(shot, "ankle_b")
    assert low(shot, "knee_b")
    assert math.dist(shot.joints["fingers_a"], shot.joints["knee_a"]) < 20  # hands on the knee
    assert shot.nose is not None
    assert shot.nose[1] > shot.head[1]


def test_trunk_rotation_takes_the_bent_knee_across_the_body_shoulders_flat(
    poses: dict[str, Pose],
) -> None:
    shot = held(poses, "lying-trunk-rotation")
    assert poses["lying-trunk-rotation"].view is View.TOP
    assert shot.joints["hip_a"][1] > 0 > shot.joints["knee_a"][1]  # across the body's midline
    bent = started(poses, "lying-trunk-rotation")
    assert bent.joints["knee_a"][1] > 0  # starts on its own side
    for s in (shot, bent):  # both shoulders stay where they were: flat on the ground
        assert s.joints["shoulder_a"] == pytest.approx(bent.joints["shoulder_a"])
        assert s.joints["shoulder_b"] == pytest.approx(bent.joints["shoulder_b"])


def test_mirroring_the_top_view_swaps_the_sides_across_the_body(poses: dict[str, Pose]) -> None:
    left = held(poses, "lying-trunk-rotation")
    right = held(poses, "lying-trunk-rotation", mirrored=True)
    assert right.joints["knee_a"] == pytest.approx(
        (left.joints["knee_a"][0], -left.joints["knee_a"][1])
    )


def test_seated_hamstring_reaches_for_the_toes_of_the_extended_leg(
    poses: dict[str, Pose],
) -> None:
    shot = held(poses, "seated-hamstring-stretch")
    assert math.dist(shot.joints["fingers_a"], shot.joints["toes_a"]) < 15
    assert low(shot, "knee_a", 12)
    assert low(shot, "ankle_a")
    sitting = started(poses, "seated-hamstring-stretch")
    assert sitting.joints["neck"][1] > shot.joints["neck"][1] + 10  # leans forward from upright


def test_pigeon_brings_one_knee_forward_and_the_other_leg_straight_back(
    poses: dict[str, Pose],
) -> None:
    shot = held(poses, "gluteal-stretch")
    pelvis_x = shot.joints["pelvis"][0]
    assert shot.joints["knee_a"][0] > pelvis_x + 30  # front knee forward
    assert shot.joints["toes_b"][0] < pelvis_x - 80  # back leg straight back
    assert low(shot, "knee_a", 12)
    assert low(shot, "ankle_b")
    table = started(poses, "gluteal-stretch")
    assert shot.joints["pelvis"][1] < table.joints["pelvis"][1] - 15  # hips lowered


def test_childs_pose_sits_back_on_the_heels_forehead_down_arms_forward(
    poses: dict[str, Pose],
) -> None:
    shot = held(poses, "childs-pose")
    assert shot.head[1] - HEAD_RADIUS < FLOOR  # forehead on the ground
    assert abs(shot.joints["pelvis"][0] - shot.joints["ankle_a"][0]) < 15  # on the heels
    assert shot.joints["fingers_a"][0] > shot.head[0]  # arms reach forward past the head
    assert shot.nose is not None
    assert shot.nose[1] < shot.head[1]


def test_the_right_side_is_the_mirror_of_the_left(poses: dict[str, Pose]) -> None:
    left = held(poses, "knee-to-chest")
    right = held(poses, "knee-to-chest", mirrored=True)
    l0, _, r0, _ = left.bounds()
    for joint, (x, y) in left.joints.items():
        mirrored_x = right.joints[joint][0]
        assert y == pytest.approx(right.joints[joint][1])
        assert mirrored_x - right.bounds()[0] == pytest.approx(r0 - x, abs=1e-6), joint
    assert l0 < r0


def test_the_lead_in_demonstrates_from_the_start_into_the_stretch(poses: dict[str, Pose]) -> None:
    pose = poses["childs-pose"]
    start, stretch = pose.frames[pose.start], pose.frames[pose.hold[0]]
    assert demonstration(pose, 0.0, 5.0) == blend(start, stretch, 0.0)
    assert demonstration(pose, 4.5, 5.0).angles == pytest.approx(stretch.angles)
    middle = demonstration(pose, 2.4, 5.0).angles["thigh_a"]
    assert stretch.angles["thigh_a"] > middle > start.angles["thigh_a"]


def test_a_long_lead_in_loops_the_demonstration(poses: dict[str, Pose]) -> None:
    pose = poses["childs-pose"]
    start = pose.frames[pose.start]
    assert demonstration(pose, 0.0, 9.0).angles == pytest.approx(start.angles)
    assert demonstration(pose, 4.5, 9.0).angles == pytest.approx(start.angles)  # loop two
    assert demonstration(pose, 9.0, 9.0).angles == pytest.approx(pose.frames["resting"].angles)


def test_cat_cow_moves_in_step_with_its_five_second_beat(poses: dict[str, Pose]) -> None:
    pose = poses["cat-cow"]
    cat, cow = (pose.frames[name].angles for name in pose.hold)
    assert holding(pose, 0.0, 5).angles == pytest.approx(cat)
    assert holding(pose, 4.9, 5).angles == pytest.approx(cat)
    assert holding(pose, 9.0, 5).angles == pytest.approx(cow)
    assert holding(pose, 14.0, 5).angles == pytest.approx(cat)
    between = holding(pose, 6.5, 5).angles["lumbar"]
    assert cat["lumbar"] > between > cow["lumbar"]


def test_a_still_hold_does_not_move(poses: dict[str, Pose]) -> None:
    pose = poses["knee-to-chest"]
    assert holding(pose, 0.0, None) == holding(pose, 17.3, None)


BROKEN = [
    ("not toml", "schema = 1\n[[pose]\n", "not valid TOML"),
    ("wrong schema", "schema = 2\n", "'schema' must be 1"),
    (
        "unknown segment",
        'schema = 1\n[[pose]]\nstretch = "x"\nview = "side"\nanchor = "pelvis"\n'
        'highlight = []\nstart = "a"\nhold = "a"\n[pose.frame.a]\ntail = 3\n',
        "unknown segment 'tail'",
    ),
    (
        "missing angle",
        'schema = 1\n[[pose]]\nstretch = "x"\nview = "side"\nanchor = "pelvis"\n'
        'highlight = []\nstart = "a"\nhold = "a"\n[pose.frame.a]\nlumbar = 3\n',
        "has no angle for",
    ),
    (
        "missing key pose",
        'schema = 1\n[[pose]]\nstretch = "x"\nview = "side"\nanchor = "pelvis"\n'
        'highlight = []\nstart = "a"\nhold = "b"\n[pose.frame.a]\nlike = "a"\n',
        "in a circle",
    ),
    (
        "bad view",
        'schema = 1\n[[pose]]\nstretch = "x"\nview = "front"\nanchor = "pelvis"\n'
        'highlight = []\nstart = "a"\nhold = "a"\n[pose.frame.a]\n',
        "'view' must be",
    ),
]


@pytest.mark.parametrize(("text", "what"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_a_broken_pose_file_is_refused_with_a_reason(tmp_path: Path, text: str, what: str) -> None:
    path = tmp_path / "poses.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=what):
        load_poses(path)
