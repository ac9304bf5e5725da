"""The demonstrations do what the handout says, for every stretch and both sides.

Each check reads the exported skeleton (``core.skeleton``, the shape
``--export-skeleton`` writes) with body geometry, as someone who has never done
the stretch would look at the picture: where the hands, knees, hips, head and
feet are, and how the legs bend. The handout's sentence is above each test.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from itertools import pairwise
from typing import Any

import pytest

from backspasm_gui import resources
from backspasm_gui.core.body import EXPORTED, Vec, angle_at, dot, norm, sub, unit
from backspasm_gui.core.poses import Demonstration, load_demonstrations
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.skeleton import FPS, skeleton

Joints = Mapping[str, Vec]

ON_FLOOR = 0.085  # a joint centre this low rests on the floor (a limb's thickness)


@pytest.fixture(scope="module")
def demos() -> dict[str, Demonstration]:
    return load_demonstrations(resources.path("poses.toml"))


@pytest.fixture(scope="module")
def export(routine: Routine, demos: dict[str, Demonstration]) -> dict[str, Any]:
    return skeleton(routine, demos)


def entries(export: dict[str, Any], stretch: str) -> list[dict[str, Any]]:
    found = [e for e in export["stretches"] if e["id"] == stretch]
    assert found, stretch
    return found


def joints(frame: dict[str, Any]) -> dict[str, Vec]:
    return {name: tuple(p) for name, p in frame["joints"].items()}  # type: ignore[misc]


def start(entry: dict[str, Any]) -> dict[str, Vec]:
    assert entry["frames"][0]["phase"] == "start"
    return joints(entry["frames"][0])


def held(entry: dict[str, Any]) -> dict[str, Vec]:
    return joints(next(f for f in entry["frames"] if f["phase"] == "hold"))


def labelled(entry: dict[str, Any], label: str) -> dict[str, Vec]:
    return joints(next(f for f in entry["frames"] if f.get("label") == label))


def sides(entry: dict[str, Any]) -> tuple[str, str]:
    """The working side and the other, in the figure's own terms."""
    working = entry["side"] or "left"
    return working, "right" if working == "left" else "left"


def flat(v: Vec) -> Vec:
    return v[0], 0.0, v[2]


def body_axes(j: Joints) -> tuple[Vec, Vec]:
    """Along the floor: the way the body points (pelvis to neck) and its own left."""
    ahead = unit(flat(sub(j["neck"], j["pelvis"])))
    left = unit(flat(sub(j["shoulder_left"], j["shoulder_right"])))
    return ahead, left


def knee_angle(j: Joints, side: str) -> float:
    return angle_at(j[f"hip_{side}"], j[f"knee_{side}"], j[f"ankle_{side}"])


def horizontal(a: Vec, b: Vec) -> float:
    return norm(flat(sub(a, b)))


def on_hands_and_knees(j: Joints) -> None:
    for side in ("left", "right"):
        assert j[f"wrist_{side}"][1] < ON_FLOOR, side
        assert j[f"knee_{side}"][1] < ON_FLOOR, side
        assert horizontal(j[f"wrist_{side}"], j[f"shoulder_{side}"]) < 0.15  # arms upright
        assert horizontal(j[f"knee_{side}"], j[f"hip_{side}"]) < 0.15  # thighs upright
        assert j[f"hip_{side}"][1] > 0.35
    assert j["nose"][1] < j["head"][1] + 0.02  # facing the floor


def lying_on_back(j: Joints) -> None:
    for name in ("pelvis", "chest", "neck"):
        assert j[name][1] < 0.2, name
    assert j["nose"][1] > j["head"][1] + 0.05  # face up


def by_side(export: dict[str, Any], stretch: str) -> Iterator[dict[str, Any]]:
    yield from entries(export, stretch)


# --- Cat Cow -----------------------------------------------------------------------------


def test_cat_cow_starts_on_hands_and_knees(export: dict[str, Any]) -> None:
    """ "Start on your hands and knees.\""""
    on_hands_and_knees(start(entries(export, "cat-cow")[0]))


def test_cat_arches_the_back_up_and_cow_lowers_the_belly_lifting_the_head(
    export: dict[str, Any],
) -> None:
    """ "Arch your back upwards into a "cat" position, then lower your belly, lifting your
    head and tailbone into the "cow" position.\""""
    entry = entries(export, "cat-cow")[0]
    table, cat, cow = start(entry), labelled(entry, "cat"), labelled(entry, "cow")
    assert cat["chest"][1] > table["chest"][1] + 0.03  # the back arches up
    assert cat["head"][1] < cat["neck"][1] - 0.1  # the head hangs
    assert cow["chest"][1] < table["chest"][1] - 0.02  # the belly lowers
    assert cow["head"][1] > cow["neck"][1] + 0.05  # the head lifts
    assert cow["head"][1] > cat["head"][1] + 0.25


def test_cat_cow_alternates_with_hands_and_knees_kept_on_the_mat(
    export: dict[str, Any],
) -> None:
    """ "Alternate slowly between the two." The hands and knees stay where they are."""
    entry = entries(export, "cat-cow")[0]
    labels = [f.get("label") for f in entry["frames"] if f["phase"] == "hold" and f.get("label")]
    assert labels[:2] == ["cat", "cow"]
    first = start(entry)
    for frame in entry["frames"]:
        j = joints(frame)
        for name in ("wrist_left", "wrist_right", "knee_left", "knee_right"):
            assert norm(sub(j[name], first[name])) < 0.01, (frame["t"], name)


# --- Back Extension ---------------------------------------------------------------------


def test_back_extension_starts_face_down_with_the_hands_under_the_shoulders(
    export: dict[str, Any],
) -> None:
    """ "Lie face down with your hands under your shoulders.\""""
    j = start(entries(export, "back-extension")[0])
    for name in ("pelvis", "chest", "knee_left", "knee_right"):
        assert j[name][1] < 0.16, name
    assert j["nose"][1] < j["head"][1]  # face down
    for side in ("left", "right"):
        assert j[f"wrist_{side}"][1] < ON_FLOOR
        assert horizontal(j[f"wrist_{side}"], j[f"shoulder_{side}"]) < 0.22


def test_back_extension_lifts_the_chest_and_keeps_the_hips_on_the_ground(
    export: dict[str, Any],
) -> None:
    """ "Slowly lift your chest off the floor, keeping your hips on the ground.\""""
    entry = entries(export, "back-extension")[0]
    before, after = start(entry), held(entry)
    assert after["chest"][1] > before["chest"][1] + 0.08
    assert after["neck"][1] > before["neck"][1] + 0.15
    assert after["pelvis"][1] < 0.16
    for side in ("left", "right"):
        assert after[f"wrist_{side}"][1] < ON_FLOOR  # pushing on the hands


# --- Knee to Chest ------------------------------------------------------------------------


def test_knee_to_chest_pulls_one_knee_in_and_keeps_the_other_leg_on_the_floor(
    export: dict[str, Any],
) -> None:
    """ "Lie on your back, pull one knee toward your chest while keeping the other leg
    extended on the floor.\""""
    for entry in entries(export, "knee-to-chest"):
        working, other = sides(entry)
        before, j = start(entry), held(entry)
        lying_on_back(before)
        lying_on_back(j)
        knee = j[f"knee_{working}"]
        assert norm(sub(knee, j["chest"])) < norm(sub(before[f"knee_{working}"], j["chest"])) - 0.3
        assert knee[1] > 0.3
        assert knee_angle(j, other) > 165  # extended
        assert j[f"knee_{other}"][1] < ON_FLOOR
        assert j[f"ankle_{other}"][1] < ON_FLOOR
        for hand in ("wrist_left", "wrist_right"):  # the hands pull the knee
            assert norm(sub(j[hand], knee)) < 0.2, (entry["side"], hand)


# --- Lying Trunk Rotation -----------------------------------------------------------------


def test_trunk_rotation_starts_with_one_leg_straight_and_the_other_knee_bent(
    export: dict[str, Any],
) -> None:
    """ "Lie on your back with one leg straight and the other knee bent.\""""
    for entry in entries(export, "lying-trunk-rotation"):
        working, other = sides(entry)
        j = start(entry)
        lying_on_back(j)
        assert knee_angle(j, other) > 165
        assert knee_angle(j, working) < 110
        assert j[f"knee_{working}"][1] > 0.3  # pointing up
        assert j[f"ankle_{working}"][1] < ON_FLOOR  # foot on the floor


def test_trunk_rotation_takes_the_bent_knee_across_with_the_shoulders_flat(
    export: dict[str, Any],
) -> None:
    """ "Gently guide the bent knee across your body toward the floor while keeping your
    shoulders flat on the ground.\""""
    for entry in entries(export, "lying-trunk-rotation"):
        working, other = sides(entry)
        j = held(entry)
        _ahead, left = body_axes(j)
        across = dot(sub(j[f"knee_{working}"], j["pelvis"]), left)
        toward_other = -1.0 if other == "right" else 1.0
        assert across * toward_other > 0.15, (entry["side"], across)  # past the other hip
        assert j[f"knee_{working}"][1] < 0.2  # toward the floor
        for side in ("left", "right"):
            assert j[f"shoulder_{side}"][1] < 0.2  # flat on the ground
        assert abs(j["shoulder_left"][1] - j["shoulder_right"][1]) < 0.05
        assert knee_angle(j, other) > 165


# --- Seated Hamstring Stretch ---------------------------------------------------------------


def test_seated_hamstring_sits_with_one_leg_out_and_the_other_bent_in(
    export: dict[str, Any],
) -> None:
    """ "Sit with one leg extended and the other leg bent inward.\""""
    for entry in entries(export, "seated-hamstring-stretch"):
        working, other = sides(entry)
        j = start(entry)
        assert j["pelvis"][1] < 0.25  # sitting on the floor
        assert j["neck"][1] > j["pelvis"][1] + 0.4  # upright
        assert knee_angle(j, working) > 170
        assert j[f"ankle_{working}"][1] < 0.15
        assert knee_angle(j, other) < 90
        # the foot against the inside of the extended leg
        hip, knee = j[f"hip_{working}"], j[f"knee_{working}"]
        foot = j[f"ankle_{other}"]
        along = max(0.0, min(1.0, dot(sub(foot, hip), sub(knee, hip)) / norm(sub(knee, hip)) ** 2))
        nearest = tuple(h + (k - h) * along for h, k in zip(hip, knee, strict=True))
        assert norm(sub(foot, nearest)) < 0.15  # type: ignore[arg-type]
        assert j[f"knee_{other}"][1] < ON_FLOOR  # the bent knee out to the side, down


def test_seated_hamstring_reaches_for_the_toes_with_a_straight_back(
    export: dict[str, Any],
) -> None:
    """ "Reach forward toward your toes on the extended leg, keeping your back straight.\""""
    for entry in entries(export, "seated-hamstring-stretch"):
        working, _other = sides(entry)
        before, j = start(entry), held(entry)
        toe = j[f"toe_{working}"]
        for hand in ("wrist_left", "wrist_right"):
            assert norm(sub(j[hand], toe)) < norm(sub(before[hand], toe)) - 0.25
            assert norm(sub(j[hand], toe)) < 0.4
        assert angle_at(j["pelvis"], j["chest"], j["neck"]) > 160  # straight
        assert knee_angle(j, working) > 170


# --- Gluteal Stretch (Pigeon Pose) -----------------------------------------------------------


def test_pigeon_starts_on_hands_and_knees(export: dict[str, Any]) -> None:
    """ "Start in a hands-and-knees position.\""""
    for entry in entries(export, "gluteal-stretch"):
        on_hands_and_knees(start(entry))


def test_pigeon_knee_forward_behind_the_opposite_hand_other_leg_straight_back(
    export: dict[str, Any],
) -> None:
    """ "Bring one knee forward and place it behind your opposite hand, while extending the
    other leg straight back.\""""
    for entry in entries(export, "gluteal-stretch"):
        working, other = sides(entry)
        j = held(entry)
        ahead, left = body_axes(start(entry))
        knee, hand = j[f"knee_{working}"], j[f"wrist_{other}"]
        assert dot(sub(knee, j[f"hip_{working}"]), ahead) > 0.2  # forward of its hip
        behind = dot(sub(hand, knee), ahead)
        assert 0.0 < behind < 0.3, behind  # just behind the hand
        assert abs(dot(sub(knee, hand), left)) < 0.12  # in line with the opposite hand
        assert knee[1] < ON_FLOOR
        shin = sub(j[f"ankle_{working}"], knee)
        assert abs(dot(shin, left)) > 0.6 * norm(shin)  # the shin lies across the body
        assert knee_angle(j, other) > 160  # straight
        assert dot(sub(j[f"ankle_{other}"], j["pelvis"]), ahead) < -0.7  # back
        assert abs(dot(sub(j[f"ankle_{other}"], j[f"hip_{other}"]), left)) < 0.15  # behind


def test_pigeon_lowers_the_hips_and_leans_forward_over_the_bent_leg(
    export: dict[str, Any],
) -> None:
    """ "Gently lower your hips toward the floor and lean forward over the bent leg.\""""
    for entry in entries(export, "gluteal-stretch"):
        before, j = start(entry), held(entry)
        assert j["pelvis"][1] < before["pelvis"][1] - 0.2
        assert j["pelvis"][1] < 0.3
        assert j["neck"][1] < before["neck"][1] - 0.15  # leaning forward, chest down
        hips_down = labelled(entry, "hips-down")
        assert j["neck"][1] < hips_down["neck"][1] - 0.05


# --- Child's Pose ---------------------------------------------------------------------------


def test_childs_pose_starts_on_hands_and_knees(export: dict[str, Any]) -> None:
    """ "Start on your hands and knees, …\""""
    on_hands_and_knees(start(entries(export, "childs-pose")[0]))


def test_childs_pose_sits_back_on_the_heels_reaching_forward_forehead_down(
    export: dict[str, Any],
) -> None:
    """ "… then sit back on your heels while reaching your arms forward. Let your forehead
    rest on the ground and relax.\""""
    j = held(entries(export, "childs-pose")[0])
    heels = tuple((a + b) / 2 for a, b in zip(j["ankle_left"], j["ankle_right"], strict=True))
    assert horizontal(j["pelvis"], heels) < 0.15  # type: ignore[arg-type]
    assert j["pelvis"][1] < 0.35  # sitting back on them
    assert j["forehead"][1] < 0.04  # resting on the ground
    ahead, _left = body_axes(j)
    for side in ("left", "right"):
        assert dot(sub(j[f"wrist_{side}"], j["head"]), ahead) > 0.15  # arms forward
        assert j[f"wrist_{side}"][1] < ON_FLOOR
        assert j[f"knee_{side}"][1] < ON_FLOOR


# --- every frame ------------------------------------------------------------------------------

BONES = [
    ("neck", "chest"), ("head", "forehead"), ("head", "nose"),
    *((f"{a}_{s}", f"{b}_{s}") for s in ("left", "right") for a, b in (
        ("shoulder", "elbow"), ("elbow", "wrist"), ("wrist", "hand"),
        ("hip", "knee"), ("knee", "ankle"), ("ankle", "toe"),
    )),
    ("hip_left", "hip_right"), ("shoulder_left", "shoulder_right"),
]  # fmt: skip


def all_frames(export: dict[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for entry in export["stretches"]:
        for frame in entry["frames"]:
            yield entry, frame


def test_the_export_has_one_entry_per_hold_with_every_joint(
    export: dict[str, Any], routine: Routine
) -> None:
    assert (export["schema"], export["units"], export["up"], export["floor"]) == (1, "m", "y", 0)
    assert [(e["id"], e["side"]) for e in export["stretches"]] == [
        (s.stretch.id, s.side.value if s.side else None) for s in routine.steps
    ]
    for _entry, frame in all_frames(export):
        assert set(frame["joints"]) == set(EXPORTED)
        assert frame["phase"] in ("start", "move", "hold")


def test_frames_are_ten_a_second_from_the_start_to_the_hold(export: dict[str, Any]) -> None:
    for entry in export["stretches"]:
        times = [f["t"] for f in entry["frames"]]
        assert times[0] == 0
        assert all(abs(b - a - 1 / FPS) < 1e-6 for a, b in pairwise(times))
        phases = [f["phase"] for f in entry["frames"]]
        assert phases == sorted(phases, key=["start", "move", "hold"].index)


def test_bones_keep_their_length_in_every_frame(export: dict[str, Any]) -> None:
    lengths: dict[tuple[str, str], float] = {}
    for entry, frame in all_frames(export):
        j = joints(frame)
        for a, b in BONES:
            length = norm(sub(j[a], j[b]))
            expected = lengths.setdefault((a, b), length)
            assert abs(length - expected) < 0.002, (entry["id"], frame["t"], a, b)


def test_nothing_goes_below_the_floor(export: dict[str, Any]) -> None:
    for entry, frame in all_frames(export):
        for name, p in frame["joints"].items():
            assert p[1] >= -0.001, (entry["id"], entry["side"], frame["t"], name, p)


def test_no_joint_jumps_between_frames(export: dict[str, Any]) -> None:
    """At ten frames a second no joint moves faster than a foot swung forward in a calm
    step (2 m/s); a joint that flips or teleports moves several times that."""
    for entry in export["stretches"]:
        for before, after in pairwise(entry["frames"]):
            for name in EXPORTED:
                was, now = tuple(before["joints"][name]), tuple(after["joints"][name])
                step = norm(sub(now, was))  # type: ignore[arg-type]
                assert step < 0.2, (entry["id"], entry["side"], after["t"], name, step)


def test_knees_and_elbows_bend_within_human_range(export: dict[str, Any]) -> None:
    for entry, frame in all_frames(export):
        j = joints(frame)
        for side in ("left", "right"):
            assert knee_angle(j, side) >= 14, (entry["id"], frame["t"], side)
            elbow = angle_at(j[f"shoulder_{side}"], j[f"elbow_{side}"], j[f"wrist_{side}"])
            assert elbow >= 28, (entry["id"], frame["t"], side)


def test_every_key_pose_and_blend_keeps_its_angles_in_human_range(
    demos: dict[str, Demonstration],
) -> None:
    from backspasm_gui.core.body import out_of_range
    from backspasm_gui.core.staging import blend

    for demo in demos.values():
        for key in demo.keys.values():
            assert out_of_range(key.posture) == [], (demo.stretch_id, key.name)
        names = list(demo.keys)
        for a, b in pairwise(names):
            halfway = blend(demo.keys[a].posture, demo.keys[b].posture, 0.5)
            assert out_of_range(halfway) == [], (demo.stretch_id, a, b)


def mirrored_joints(j: Joints) -> dict[str, Vec]:
    """The figure's left and right swapped, across its own middle (x = 0)."""
    swap = {"left": "right", "right": "left"}
    out = {}
    for name, (x, y, z) in j.items():
        part, _, side = name.rpartition("_")
        out[f"{part}_{swap[side]}" if side in swap else name] = (-x, y, z)
    return out


def test_the_right_side_is_the_mirror_of_the_left(export: dict[str, Any]) -> None:
    stretches: dict[str, dict[str, Sequence[dict[str, Any]]]] = {}
    for entry in export["stretches"]:
        if entry["side"]:
            stretches.setdefault(entry["id"], {})[entry["side"]] = entry["frames"]
    assert len(stretches) == 4
    for stretch, frames in stretches.items():
        left, right = held_of(frames["left"]), held_of(frames["right"])
        mirror = mirrored_joints(left)
        for name in EXPORTED:
            assert norm(sub(mirror[name], right[name])) < 0.002, (stretch, name)
        # and the side named is the figure's own: the left hold moves the left limb most
        moved = {
            side: max(
                norm(sub(left[f"{j}_{side}"], joints(frames["left"][0])[f"{j}_{side}"]))
                for j in ("knee", "ankle")
            )
            for side in ("left", "right")
        }
        if stretch != "seated-hamstring-stretch":  # there both legs are placed at the start
            assert moved["left"] > moved["right"], (stretch, moved)


def held_of(frames: Sequence[dict[str, Any]]) -> dict[str, Vec]:
    return joints(next(f for f in frames if f["phase"] == "hold"))


def test_a_right_side_is_not_just_the_left_relabelled(export: dict[str, Any]) -> None:
    entry = entries(export, "knee-to-chest")
    left, right = held(entry[0]), held(entry[1])
    assert left["knee_left"][1] > 0.3
    assert right["knee_right"][1] > 0.3
    assert right["knee_left"][1] < ON_FLOOR
    assert math.isclose(left["knee_left"][0], -right["knee_right"][0], abs_tol=0.002)
