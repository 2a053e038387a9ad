using RadAudit.Core;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// How each MURA study type is framed: which skeleton, which part of it fills the image, the image's shape, and
/// random view changes (PA/lateral posture, rotation, zoom, offset).
/// </summary>
public static class BodyPartViews
{
    private sealed record Layout(float FieldLength, float MinAspect, float MaxAspect, double LandscapeChance);

    private static readonly Dictionary<string, Layout> Layouts = new(StringComparer.Ordinal)
    {
        ["XR_ELBOW"] = new(0.7f, 0.72f, 0.92f, 0.1),
        ["XR_FINGER"] = new(0.62f, 0.36f, 0.62f, 0),
        ["XR_FOREARM"] = new(1.3f, 0.48f, 0.75f, 0.05),
        ["XR_HAND"] = new(1.08f, 0.7f, 0.86f, 0),
        ["XR_HUMERUS"] = new(1.5f, 0.55f, 0.8f, 0),
        ["XR_SHOULDER"] = new(1.15f, 0.78f, 1.0f, 0.5),
        ["XR_WRIST"] = new(0.62f, 0.7f, 0.9f, 0.1),
    };

    /// <summary>Draws the saved image size: long side <paramref name="maxSize"/>, short side by the study type's aspect.</summary>
    public static (int Width, int Height) DrawSize(string bodyPart, DeterministicRandom random, int maxSize)
    {
        Layout layout = Find(bodyPart);
        int shortSide = Math.Max(8, (int)MathF.Round(maxSize * (float)random.Range(layout.MinAspect, layout.MaxAspect)));
        return random.Chance(layout.LandscapeChance) ? (maxSize, shortSide) : (shortSide, maxSize);
    }

    /// <summary>Builds the scene of one view of <paramref name="bodyPart"/>; <paramref name="mirrored"/> for the left side.</summary>
    public static AnatomyScene Compose(string bodyPart, DeterministicRandom random, int width, int height, bool mirrored)
    {
        Layout layout = Find(bodyPart);
        bool lateral = random.Chance(0.4);
        var pose = HandPose.Random(random, lateral);
        float flexion = bodyPart == "XR_ELBOW" && lateral ? (float)random.Range(1.1, 1.6) : (float)random.Range(-0.05, 0.08);
        PointF2 centre = bodyPart switch
        {
            "XR_ELBOW" => new(0.15f * flexion, 0.05f),
            "XR_FINGER" => HandSkeleton.FingerCentre(pose, random.Index(4)) + new PointF2(0, -0.05f),
            "XR_FOREARM" => new(0, 0.5f),
            "XR_HAND" => new(-0.02f, 0.02f),
            "XR_HUMERUS" => new(0, -0.6f),
            "XR_SHOULDER" => new(-0.15f, 0.12f),
            _ => new(-0.01f, 0.33f),
        };
        float longSide = Math.Max(width, height);
        float zoom = (float)random.Range(0.9, 1.12);
        PointF2 jitter = new((float)random.Range(-0.05, 0.05) * layout.FieldLength, (float)random.Range(-0.05, 0.05) * layout.FieldLength);
        float rotation = Math.Clamp((float)(random.Gaussian() * 0.16), -0.45f, 0.45f);
        if (width > height && bodyPart != "XR_SHOULDER") rotation += MathF.PI / 2;
        var frame = new AnatomyFrame(centre + jitter, new PointF2(width / 2f, height / 2f), longSide / layout.FieldLength * zoom, rotation, mirrored);
        var scene = new AnatomyScene(frame, width, height);
        switch (bodyPart)
        {
            case "XR_HAND" or "XR_FINGER" or "XR_WRIST": HandSkeleton.Build(scene, pose); break;
            case "XR_SHOULDER": ShoulderSkeleton.Build(scene, (float)random.Range(0.0, 0.5)); break;
            default: ArmSkeleton.Build(scene, flexion); break;
        }
        return scene;
    }

    private static Layout Find(string bodyPart) => Layouts.TryGetValue(bodyPart, out Layout? layout)
        ? layout
        : throw new RadAuditException($"Unknown body part '{bodyPart}'. Use one of: {string.Join(", ", BodyParts.Mura)}.", 2);
}
