using RadAudit.Synthetic.Drawing;
using RadAudit.Synthetic.Rendering;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// One anatomical or foreign object: the union of capsules (a bone's base, shaft and head, say) made of one
/// tissue, with optional findings. Its projected density at a pixel is the largest of its capsules' chords
/// (so overlapping parts of one bone do not double), times the tissue's attenuation.
/// </summary>
public sealed class BodyShape(TissueKind kind, float attenuation, IReadOnlyList<Capsule> capsules)
{
    private CapsuleGeometry[] _geometry = [];
    private float _slack;

    /// <summary>Tissue.</summary>
    public TissueKind Kind { get; } = kind;

    /// <summary>Attenuation per unit chord length (chord measured in image long sides).</summary>
    public float Attenuation { get; set; } = attenuation;

    /// <summary>The capsules; the longest one is the shaft where findings are placed.</summary>
    public IReadOnlyList<Capsule> Capsules { get; } = capsules;

    /// <summary>Cortex thickness as a fraction of the radius (bone only).</summary>
    public float CortexFraction { get; init; } = 0.3f;

    /// <summary>Medulla density relative to cortex (bone only).</summary>
    public float MedullaDensity { get; init; } = 0.32f;

    /// <summary>True for long bones and phalanges that can carry a fracture, lesion or hardware.</summary>
    public bool CanCarryFinding { get; init; }

    /// <summary>Planted fracture, if any.</summary>
    public Fracture? Fracture { get; set; }

    /// <summary>Planted lesion, if any.</summary>
    public Lesion? Lesion { get; set; }

    /// <summary>The main capsule (longest axis).</summary>
    public Capsule Shaft => Capsules.MaxBy(c => (c.To - c.From).Length)!;

    /// <summary>Continuous bounding box (pixels) including a fracture's displacement.</summary>
    public (float MinX, float MinY, float MaxX, float MaxY) Extent()
    {
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        float slack = Fracture is null ? 0 : Fracture.StepOff.Length;
        foreach (Capsule c in Capsules)
        {
            float r = MathF.Max(c.RadiusFrom, c.RadiusTo) + slack;
            minX = MathF.Min(minX, MathF.Min(c.From.X, c.To.X) - r); maxX = MathF.Max(maxX, MathF.Max(c.From.X, c.To.X) + r);
            minY = MathF.Min(minY, MathF.Min(c.From.Y, c.To.Y) - r); maxY = MathF.Max(maxY, MathF.Max(c.From.Y, c.To.Y) + r);
        }
        return (minX, minY, maxX, maxY);
    }

    /// <summary>
    /// Freezes the capsules' geometry into flat arrays for the pixel loop; call after the last change to the
    /// shape (joint narrowing moves capsule ends) and before <see cref="Density"/>.
    /// </summary>
    public void Prepare()
    {
        _geometry = Capsules.Select(c => new CapsuleGeometry(c)).ToArray();
        _slack = Fracture is null ? 0 : Fracture.StepOff.Length;
    }

    /// <summary>
    /// False when no capsule comes within <paramref name="reach"/> pixels of <paramref name="point"/>: the
    /// rasterizer then skips the whole tile around the point.
    /// </summary>
    public bool MayCover(PointF2 point, float reach)
    {
        foreach (CapsuleGeometry g in _geometry)
        {
            float limit = g.MaxRadius + _slack + reach;
            if (g.DistanceSquared(point.X, point.Y) <= limit * limit) return true;
        }
        return false;
    }

    /// <summary>Projected density at <paramref name="point"/> (pixel units of chord), texture applied to the medulla.</summary>
    public float Density(PointF2 point, TrabecularTexture texture)
    {
        PointF2 sample = point;
        if (Fracture is { } fracture && Cross(fracture.LineDirection, point - fracture.Point) > 0)
            sample = point - fracture.StepOff;
        float best = 0;
        CapsuleGeometry[] geometry = _geometry;
        for (int i = 0; i < geometry.Length; i++)
            best = MathF.Max(best, Chord(in geometry[i], sample.X, sample.Y, texture));
        if (best <= 0) return 0;
        if (Fracture is { } f)
        {
            float across = Cross(f.LineDirection, point - f.Point) / f.GapWidth;
            best *= 1f - f.GapDepth * MathF.Exp(-across * across);
        }
        if (Lesion is { } lesion) best *= LesionFactor(lesion, point);
        return best * Attenuation;
    }

    private float Chord(in CapsuleGeometry capsule, float x, float y, TrabecularTexture texture)
    {
        var (distanceSquared, radius) = capsule.Locate(x, y);
        float radiusSquared = radius * radius;
        if (distanceSquared >= radiusSquared) return 0;
        float outer = 2f * MathF.Sqrt(radiusSquared - distanceSquared);
        if (Kind != TissueKind.Bone) return outer;
        float innerRadius = radius * (1f - CortexFraction);
        float innerSquared = innerRadius * innerRadius;
        if (distanceSquared >= innerSquared) return outer;
        float inner = 2f * MathF.Sqrt(innerSquared - distanceSquared);
        return outer - inner + inner * MedullaDensity * texture.Sample(x, y);
    }

    private static float LesionFactor(Lesion lesion, PointF2 point)
    {
        float r = (point - lesion.Centre).Length / lesion.Radius;
        if (r > 1.4f) return 1f;
        float hole = r < 1f ? lesion.Depth * (1f - r * r * r * r) : 0f;
        float rimOffset = (r - 1f) / 0.18f;
        return 1f - hole + lesion.Rim * MathF.Exp(-rimOffset * rimOffset);
    }

    private static float Cross(PointF2 a, PointF2 b) => a.X * b.Y - a.Y * b.X;
}
