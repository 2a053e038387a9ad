using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// Shoulder girdle in local units (shoulder width ≈ 1, lateral towards +x): humeral head and proximal shaft,
/// glenoid, scapular blade, acromion, clavicle and a few faint ribs.
/// </summary>
public static class ShoulderSkeleton
{
    /// <summary>Adds the shoulder to <paramref name="scene"/>; <paramref name="abduction"/> raises the arm (radians).</summary>
    public static void Build(AnatomyScene scene, float abduction)
    {
        scene.Tissue(new(-0.35f, 0.2f), new(0.15f, 0.3f), 0.5f, 0.4f);
        AddRibs(scene);
        BodyShape blade = scene.CompactBone(new(-0.2f, 0.05f), new(-0.42f, 0.55f), 0.14f, 0.05f);
        blade.Attenuation *= 0.3f;
        BodyShape glenoid = scene.CompactBone(new(-0.13f, -0.06f), new(-0.13f, 0.14f), 0.035f, 0.03f);
        scene.LongBone(new(-0.2f, -0.2f), new(0.1f, -0.21f), 0.03f, 0.035f, 0.04f, canCarryFinding: false);
        scene.LongBone(new(-0.75f, -0.22f), new(-0.05f, -0.28f), 0.032f, 0.036f, 0.04f);
        PointF2 down = new(MathF.Sin(-abduction), MathF.Cos(abduction));
        PointF2 headCentre = new(0.03f, 0.04f);
        BodyShape head = scene.CompactBone(headCentre, headCentre + down * 0.05f, 0.15f, 0.13f);
        head.Attenuation *= 0.6f;
        scene.LongBone(headCentre + down * 0.08f, headCentre + down * 1.0f, 0.065f, 0.11f, 0.07f);
        scene.Joint(glenoid, head);
    }

    private static void AddRibs(AnatomyScene scene)
    {
        for (int rib = 0; rib < 4; rib++)
        {
            float y = 0.05f + rib * 0.2f;
            PointF2 previous = new(-1.0f, y - 0.12f);
            for (int step = 1; step <= 4; step++)
            {
                PointF2 next = new(-1.0f + step * 0.17f, y - 0.12f + 0.1f * MathF.Sin(step * 0.6f));
                BodyShape piece = scene.CompactBone(previous, next, 0.022f, 0.022f);
                piece.Attenuation *= 0.35f;
                previous = next;
            }
        }
    }
}
