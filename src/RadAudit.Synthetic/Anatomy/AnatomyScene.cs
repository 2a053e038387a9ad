using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// The objects of one radiograph in pixel coordinates, built by a skeleton through <see cref="Frame"/>: soft
/// tissue, bones, joints between bones, and later any planted hardware.
/// </summary>
public sealed class AnatomyScene(AnatomyFrame frame, int width, int height)
{
    private readonly List<BodyShape> _shapes = [];
    private readonly List<(BodyShape Proximal, BodyShape Distal)> _joints = [];

    /// <summary>Local → pixel mapping.</summary>
    public AnatomyFrame Frame { get; } = frame;

    /// <summary>Image width in pixels.</summary>
    public int Width { get; } = width;

    /// <summary>Image height in pixels.</summary>
    public int Height { get; } = height;

    /// <summary>Every object, drawn in order.</summary>
    public IReadOnlyList<BodyShape> Shapes => _shapes;

    /// <summary>Articulations (proximal bone's head meets distal bone's base).</summary>
    public IReadOnlyList<(BodyShape Proximal, BodyShape Distal)> Joints => _joints;

    /// <summary>Attenuation of soft tissue per image long side of chord.</summary>
    public const float SoftTissueAttenuation = 0.5f;

    /// <summary>Attenuation of cortical bone per image long side of chord.</summary>
    public const float BoneAttenuation = 10f;

    /// <summary>Adds an object already in pixel coordinates (hardware).</summary>
    public void Add(BodyShape shape) => _shapes.Add(shape);

    /// <summary>Adds a soft-tissue cylinder between two local points.</summary>
    public void Tissue(PointF2 from, PointF2 to, float radiusFrom, float radiusTo) =>
        _shapes.Add(new BodyShape(TissueKind.SoftTissue, SoftTissueAttenuation, [Local(from, to, radiusFrom, radiusTo)]));

    /// <summary>
    /// Adds a long bone (or phalanx): a base bulb, a narrower shaft and a head bulb, each end 18 % of its length.
    /// </summary>
    public BodyShape LongBone(PointF2 from, PointF2 to, float shaftRadius, float baseRadius, float headRadius, bool canCarryFinding = true)
    {
        PointF2 baseEnd = PointF2.Lerp(from, to, 0.2f), headStart = PointF2.Lerp(from, to, 0.8f);
        var bone = new BodyShape(TissueKind.Bone, BoneAttenuation,
        [
            Local(from, baseEnd, baseRadius, shaftRadius * 1.05f),
            Local(PointF2.Lerp(from, to, 0.1f), PointF2.Lerp(from, to, 0.9f), shaftRadius, shaftRadius),
            Local(headStart, to, shaftRadius * 1.05f, headRadius),
        ])
        { CanCarryFinding = canCarryFinding, CortexFraction = 0.32f };
        _shapes.Add(bone);
        return bone;
    }

    /// <summary>Adds a compact bone (carpal, humeral head) as one capsule with a thin cortex.</summary>
    public BodyShape CompactBone(PointF2 from, PointF2 to, float radiusFrom, float radiusTo)
    {
        var bone = new BodyShape(TissueKind.Bone, BoneAttenuation, [Local(from, to, radiusFrom, radiusTo)])
        { CortexFraction = 0.16f, MedullaDensity = 0.5f };
        _shapes.Add(bone);
        return bone;
    }

    /// <summary>Records an articulation between two bones built proximal-to-distal.</summary>
    public void Joint(BodyShape proximal, BodyShape distal) => _joints.Add((proximal, distal));

    /// <summary>True when a pixel point lies inside the image with <paramref name="margin"/> pixels to spare.</summary>
    public bool IsInside(PointF2 point, float margin) =>
        point.X >= margin && point.Y >= margin && point.X <= Width - margin && point.Y <= Height - margin;

    private Capsule Local(PointF2 from, PointF2 to, float radiusFrom, float radiusTo) =>
        new(Frame.Map(from), Frame.Map(to), Frame.Scale(radiusFrom), Frame.Scale(radiusTo));
}
