using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// Humerus, elbow and forearm in local units (forearm length ≈ 1, shoulder towards −y, elbow at the origin):
/// humeral head and shaft with condyles, radius and ulna bent by the elbow's flexion, a few carpals.
/// Forearm, elbow and humerus views are different crops of it.
/// </summary>
public static class ArmSkeleton
{
    /// <summary>Adds the arm to <paramref name="scene"/>; <paramref name="flexion"/> bends the forearm (radians, 0 = straight AP).</summary>
    public static void Build(AnatomyScene scene, float flexion)
    {
        PointF2 down = new(MathF.Sin(flexion), MathF.Cos(flexion));
        PointF2 across = new(down.Y, -down.X);
        scene.Tissue(new(0.02f, -1.3f), new(0, 0.05f), 0.17f, 0.14f);
        scene.Tissue(new(0, 0), down * 1.05f, 0.13f, 0.085f);
        scene.CompactBone(new(0.03f, -1.27f), new(0.01f, -1.2f), 0.1f, 0.1f);
        BodyShape humerus = scene.LongBone(new(0.01f, -1.2f), new(0, -0.08f), 0.042f, 0.07f, 0.06f);
        BodyShape condyles = scene.CompactBone(new(-0.07f, -0.04f), new(0.07f, -0.04f), 0.045f, 0.04f);
        PointF2 radiusStart = across * -0.045f + down * 0.03f;
        PointF2 ulnaStart = across * 0.04f + down * -0.01f;
        BodyShape radius = scene.LongBone(radiusStart, radiusStart + down * 0.93f, 0.026f, 0.036f, 0.055f);
        BodyShape ulna = scene.LongBone(ulnaStart, ulnaStart + down * 0.95f, 0.024f, 0.05f, 0.028f);
        scene.Joint(condyles, radius);
        scene.Joint(condyles, ulna);
        _ = humerus;
        PointF2 wrist = down * 1.03f;
        for (int k = -1; k <= 1; k++)
            scene.CompactBone(wrist + across * (k * 0.04f), wrist + across * (k * 0.04f) + down * 0.02f, 0.022f, 0.02f);
    }
}
