using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// Hand, wrist and distal forearm in local units (hand length ≈ 1, fingers towards −y, thumb towards −x):
/// radius and ulna, two carpal rows, five metacarpals and the phalanges, with soft tissue around them.
/// Hand, finger and wrist views are different crops of it.
/// </summary>
public static class HandSkeleton
{
    private static readonly float[][] Lengths =
    [
        [0.30f, 0.19f, 0.11f, 0.08f], [0.29f, 0.20f, 0.12f, 0.085f], [0.27f, 0.18f, 0.11f, 0.08f],
        [0.24f, 0.15f, 0.085f, 0.07f], [0.17f, 0.13f, 0.10f, 0f],
    ];

    private static readonly float[][] Radii = // shaft radius per bone; base and head scale from it
    [
        [0.021f, 0.019f, 0.016f, 0.013f], [0.022f, 0.02f, 0.017f, 0.013f], [0.02f, 0.018f, 0.015f, 0.012f],
        [0.018f, 0.016f, 0.013f, 0.011f], [0.024f, 0.02f, 0.016f, 0f],
    ];

    private const float JointGap = 0.028f;

    /// <summary>Local centre of a finger's proximal phalanx (finger 0 = index … 3 = little).</summary>
    public static PointF2 FingerCentre(HandPose pose, int finger)
    {
        var (start, angle) = FingerBase(pose, finger);
        PointF2 point = start;
        for (int bone = 0; bone < 2; bone++)
        {
            angle += pose.JointAngles[finger][bone];
            float length = bone == 1 ? Lengths[finger][bone] * 0.5f : Lengths[finger][bone] + JointGap;
            point += Direction(angle) * length;
        }
        return point;
    }

    /// <summary>Adds the whole hand to <paramref name="scene"/>.</summary>
    public static void Build(AnatomyScene scene, HandPose pose)
    {
        scene.Tissue(new(-0.02f, 0.95f), new(0, 0.25f), 0.15f, 0.15f);
        scene.Tissue(new(-0.01f, 0.2f), new(0.02f, -0.05f), 0.15f, 0.16f);
        BodyShape radius = scene.LongBone(new(-0.075f, 0.95f), new(-0.06f, 0.40f), 0.04f, 0.045f, 0.07f);
        BodyShape ulna = scene.LongBone(new(0.085f, 0.95f), new(0.08f, 0.43f), 0.028f, 0.03f, 0.034f);
        BodyShape lunate = AddCarpals(scene);
        scene.Joint(radius, lunate);
        scene.Joint(ulna, lunate);
        for (int finger = 0; finger < 5; finger++)
            AddFinger(scene, pose, finger);
    }

    private static BodyShape AddCarpals(AnatomyScene scene)
    {
        (float X, float Y, float R)[] carpals =
        [
            (-0.085f, 0.33f, 0.034f), (-0.02f, 0.335f, 0.033f), (0.04f, 0.33f, 0.03f), (0.085f, 0.315f, 0.022f),
            (-0.105f, 0.245f, 0.028f), (-0.05f, 0.235f, 0.028f), (0.005f, 0.235f, 0.032f), (0.06f, 0.24f, 0.03f),
        ];
        BodyShape? lunate = null;
        foreach (var (x, y, r) in carpals)
        {
            BodyShape carpal = scene.CompactBone(new(x - r * 0.3f, y), new(x + r * 0.3f, y), r, r * 0.9f);
            lunate ??= carpal;
        }
        return lunate!;
    }

    private static void AddFinger(AnatomyScene scene, HandPose pose, int finger)
    {
        var (point, angle) = FingerBase(pose, finger);
        PointF2 tissueStart = point + Direction(angle) * Lengths[finger][0];
        BodyShape? previous = null;
        for (int bone = 0; bone < 4 && Lengths[finger][bone] > 0; bone++)
        {
            angle += pose.JointAngles[finger][bone];
            PointF2 end = point + Direction(angle) * Lengths[finger][bone];
            float shaft = Radii[finger][bone] * 1.25f;
            bool distal = bone == 3 || (finger == 4 && bone == 2);
            BodyShape current = scene.LongBone(point, end, shaft, shaft * 1.45f, distal ? shaft * 1.35f : shaft * 1.3f);
            if (previous is not null) scene.Joint(previous, current);
            previous = current;
            point = end + Direction(angle) * JointGap;
        }
        scene.Tissue(tissueStart, point, 0.05f, 0.04f);
    }

    private static (PointF2 Start, float Angle) FingerBase(HandPose pose, int finger)
    {
        if (finger == 4) return (new PointF2(-0.125f, 0.215f), -0.75f * MathF.Max(pose.Spread, 0.6f));
        float x = (-0.075f + 0.052f * finger) * pose.Spread;
        float angle = (-0.12f + 0.09f * finger) * pose.Spread;
        return (new PointF2(x, 0.195f), angle);
    }

    private static PointF2 Direction(float angle) => new(MathF.Sin(angle), -MathF.Cos(angle));
}
