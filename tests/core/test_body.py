"""The 3D body: an adult's proportions, joints that turn the way their names say,
ranges of motion, and IK that reaches what it can."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backspasm_gui.core.body import (
    HEAD_RADIUS,
    KINDS,
    Posture,
    angle_at,
    bone_lengths,
    forward,
    mirror_angles,
    norm,
    out_of_range,
    sub,
    two_bone,
)
from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.poses import load_demonstrations, parse_demonstrations

STANDING = Posture({}, {})


def standing_height() -> float:
    points, _ = forward(STANDING)
    top = points["head"][1] + HEAD_RADIUS
    sole = min(points["ankle_left"][1], points["toe_left"][1]) - 0.035
    return top - sole


def test_the_body_is_an_adult_about_175_cm_tall() -> None:
    assert 1.70 <= standing_height() <= 1.80
    points, _ = forward(STANDING)
    arm = norm(sub(points["shoulder_left"], points["hand_left"]))
    leg = norm(sub(points["hip_left"], points["ankle_left"]))
    assert 0.6 < arm < 0.7
    assert 0.8 < leg < 0.9
    assert points["nose"][2] > points["head"][2]  # the face looks forward (+z)
    assert points["shoulder_left"][0] > 0 > points["shoulder_right"][0]  # x is the body's left


def test_joints_turn_the_way_their_names_say() -> None:
    def where(joint: str, **angles: dict[str, float]) -> tuple[float, float, float]:
        return forward(Posture(angles, {}))[0][joint]

    assert where("knee_left", hip_left={"flex": 90})[2] > 0.3  # the thigh comes forward
    assert where("ankle_left", knee_left={"flex": 90})[2] < -0.3  # the heel goes back
    assert where("knee_left", hip_left={"abduct": 40})[0] > 0.3  # out to its own side
    assert where("knee_right", hip_right={"abduct": 40})[0] < -0.3  # the mirror
    assert where("neck", lumbar={"flex": 30})[2] > 0.1  # the spine curls forward
    assert where("neck", lumbar={"side": 12})[0] > 0.02  # and bends to the left
    assert where("wrist_left", shoulder_left={"flex": 90})[2] > 0.4  # the arm forward
    assert where("wrist_left", elbow_left={"flex": 90})[2] > 0.2  # the forearm forward


@given(st.floats(-50, 50), st.floats(-40, 40), st.floats(0, 120), st.floats(0, 150))
def test_bones_keep_their_length_whatever_the_angles(
    hip: float, twist: float, knee: float, spine: float
) -> None:
    posture = Posture(
        {
            "hip_left": {"flex": hip, "twist": twist},
            "knee_left": {"flex": knee},
            "thorax": {"flex": spine / 5},
            "shoulder_right": {"flex": spine},
        },
        {"pitch": hip, "turn": twist},
    )
    points, _ = forward(posture)
    for (a, b), length in bone_lengths().items():
        assert math.isclose(norm(sub(points[a], points[b])), length, abs_tol=1e-9), (a, b)


def test_the_mirror_of_a_posture_is_the_mirror_image_of_the_body() -> None:
    posture = Posture(
        {"hip_left": {"flex": 70, "abduct": 20, "twist": 30}, "thorax": {"twist": 10}},
        {"pitch": 80, "turn": 15},
    )
    left, _ = forward(posture)
    right, _ = forward(mirror_angles(posture))
    for name, (x, y, z) in left.items():
        other = name.replace("_left", "_R").replace("_right", "_left").replace("_R", "_right")
        assert math.isclose(right[other][0], -x, abs_tol=1e-9)
        assert math.isclose(right[other][1], y, abs_tol=1e-9)
        assert math.isclose(right[other][2], z, abs_tol=1e-9)


def test_angles_outside_a_human_range_are_named() -> None:
    assert out_of_range(STANDING) == []
    too_far = Posture({"knee_left": {"flex": 175}, "elbow_right": {"flex": -10}}, {})
    assert out_of_range(too_far) == ["knee_left.flex = 175", "elbow_right.flex = -10"]
    assert KINDS["hip"][0].high >= 120  # deep hip flexion, as Child's Pose needs


def test_two_bone_ik_reaches_a_target_within_reach_and_keeps_the_bones() -> None:
    shoulder, elbow, wrist = (0.0, 0.0, 0.0), (0.0, -0.29, 0.0), (0.0, -0.54, 0.0)
    target = (0.0, -0.3, 0.3)
    new_elbow, new_wrist = two_bone(shoulder, elbow, wrist, target, pole=(0.0, 0.0, -1.0))
    assert norm(sub(new_wrist, target)) < 1e-9
    assert math.isclose(norm(sub(new_elbow, shoulder)), 0.29, abs_tol=1e-9)
    assert math.isclose(norm(sub(new_wrist, new_elbow)), 0.25, abs_tol=1e-9)
    middle = (0.0, -0.15, 0.15)  # of the line from the shoulder to the target
    assert sub(new_elbow, middle)[2] < 0  # the elbow bends out toward the pole
    far_elbow, far_wrist = two_bone(shoulder, elbow, wrist, (0.0, -2.0, 0.0), (0.0, 0.0, 1.0))
    assert angle_at(shoulder, far_elbow, far_wrist) > 179  # straight, reaching as far as it can


def test_a_poses_file_from_an_older_version_says_so(tmp_path: Path) -> None:
    old = tmp_path / "poses.toml"
    old.write_text("schema = 1\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"older version \(schema 1\); this one reads schema 2"):
        load_demonstrations(old)


def test_a_broken_or_hostile_poses_file_gets_one_clear_sentence(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="does not exist"):
        load_demonstrations(tmp_path / "missing.toml")
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 2000 + "]" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(ContentError, match="not valid TOML"):
        load_demonstrations(deep)


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ({"knee_left": {"bend": 10}}, "'bend' is not one of flex"),
        ({"ankle": {"flex": "a lot"}}, "must be an angle in degrees"),
        ({"elbow_middle": {"flex": 10}}, "unknown joint 'elbow_middle'"),
        ({"like": "nowhere"}, "no key pose called 'nowhere'"),
    ],
)
def test_a_mistake_in_a_key_pose_is_named_where_it_is(key: dict, problem: str) -> None:
    data = {
        "schema": 2,
        "pose": [
            {
                "stretch": "cat-cow",
                "camera": {"yaw": 0, "pitch": 10},
                "highlight": ["lumbar"],
                "anchor": "pelvis",
                "steps": [{"words": 1, "to": "a"}],
                "hold": "a",
                "key": {"a": key},
            }
        ],
    }
    with pytest.raises(ContentError, match=problem) as raised:
        parse_demonstrations(data, source="poses.toml")
    assert "pose 1 ('cat-cow')" in str(raised.value)
