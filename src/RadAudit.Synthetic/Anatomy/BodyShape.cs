using System.Runtime.Intrinsics;
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
    private Vector256<float> _gapNegligibleBeyond;

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
        float gapDepth = Fracture is null ? 0 : MathF.Abs(Fracture.GapDepth);
        // a² beyond which depth·e^(−a²) < 2^−26 (67108864 = 2^26), plus a margin.
        _gapNegligibleBeyond = Vector256.Create(MathF.Log(MathF.Max(gapDepth, 1e-30f) * 67108864f) + 1f);
    }

    /// <summary>
    /// Writes into <paramref name="indices"/> (room for <see cref="Capsules"/>.Count) the capsules that come within
    /// <paramref name="reach"/> pixels of <paramref name="point"/> and returns how many: a tile with none is skipped,
    /// and the others evaluate only those (a bone's shaft tile need not test its base and head).
    /// </summary>
    public int CapsulesNear(PointF2 point, float reach, Span<int> indices)
    {
        int count = 0;
        for (int i = 0; i < _geometry.Length; i++)
        {
            float limit = _geometry[i].MaxRadius + _slack + reach;
            if (_geometry[i].DistanceSquared(point.X, point.Y) <= limit * limit) indices[count++] = i;
        }
        return count;
    }

    /// <summary>
    /// <see cref="Density"/> of the eight pixels <paramref name="left"/> … left + 7 of row <paramref name="y"/>,
    /// evaluating only the listed capsules (the others must be out of reach). Each lane repeats the scalar
    /// arithmetic in the same order, so results match <see cref="Density"/> bit for bit.
    /// </summary>
    public Vector256<float> DensityOfEight(int left, int y, ReadOnlySpan<int> capsules, TrabecularTexture texture)
    {
        Vector256<float> xs = Vector256.Create((float)left) + LaneCentres, ys = Vector256.Create(y + 0.5f);
        Vector256<float> sampleX = xs, sampleY = ys;
        if (Fracture is { } fracture)
        {
            // The far fragment is drawn displaced: its pixels sample the bone at point − step-off.
            Vector256<float> far = Vector256.GreaterThan(Cross(fracture.LineDirection, xs, ys, fracture.Point), Vector256<float>.Zero);
            sampleX = Vector256.ConditionalSelect(far, xs - Vector256.Create(fracture.StepOff.X), xs);
            sampleY = Vector256.ConditionalSelect(far, ys - Vector256.Create(fracture.StepOff.Y), ys);
        }
        Vector256<float> best = Vector256<float>.Zero, medulla = default;
        bool sampled = false;
        foreach (int index in capsules)
        {
            _geometry[index].Locate(sampleX, sampleY, out Vector256<float> distanceSquared, out Vector256<float> radius);
            Vector256<float> chord = Vector256.Sqrt(Vector256.Max(radius * radius - distanceSquared, Vector256<float>.Zero)) * 2f;
            if (Kind == TissueKind.Bone)
            {
                Vector256<float> innerRadius = radius * (1f - CortexFraction);
                Vector256<float> innerReach = innerRadius * innerRadius - distanceSquared;
                if (Vector256.GreaterThanAny(innerReach, Vector256<float>.Zero))
                {
                    // The texture is sampled only where a medulla is hit, once per eight pixels.
                    if (!sampled) (medulla, sampled) = (texture.SampleEight(sampleX, sampleY), true);
                    Vector256<float> inner = Vector256.Sqrt(Vector256.Max(innerReach, Vector256<float>.Zero)) * 2f;
                    chord = chord - inner + inner * MedullaDensity * medulla;
                }
            }
            best = Vector256.Max(best, chord);
        }
        if (Fracture is { } gap) best = ApplyFractureGap(best, xs, ys, gap);
        if (Lesion is { } lesion) best = ApplyLesion(best, xs, ys, lesion);
        return best * Attenuation;
    }

    /// <summary>
    /// The lucent line's factor 1 − depth·e^(−a²) is exactly 1f once depth·e^(−a²) is below 2^−26, so the
    /// per-lane exponentials are needed only for the few vectors near the line.
    /// </summary>
    private Vector256<float> ApplyFractureGap(Vector256<float> best, Vector256<float> xs, Vector256<float> ys, Fracture fracture)
    {
        Vector256<float> across = Cross(fracture.LineDirection, xs, ys, fracture.Point) / fracture.GapWidth;
        if (Vector256.LessThanOrEqualAll(_gapNegligibleBeyond, across * across)) return best;
        Span<float> lanes = stackalloc float[8];
        best.CopyTo(lanes);
        for (int lane = 0; lane < 8; lane++)
        {
            float a = across[lane];
            lanes[lane] *= 1f - fracture.GapDepth * MathF.Exp(-a * a);
        }
        return Vector256.Create<float>(lanes);
    }

    /// <summary>The lesion changes nothing beyond 1.4 radii (its factor is exactly 1 there), so only nearby vectors go per lane.</summary>
    private static Vector256<float> ApplyLesion(Vector256<float> best, Vector256<float> xs, Vector256<float> ys, Lesion lesion)
    {
        Vector256<float> dx = xs - Vector256.Create(lesion.Centre.X), dy = ys - Vector256.Create(lesion.Centre.Y);
        float reach = 1.5f * lesion.Radius;
        if (Vector256.GreaterThanAll(dx * dx + dy * dy, Vector256.Create(reach * reach))) return best;
        Span<float> lanes = stackalloc float[8];
        best.CopyTo(lanes);
        for (int lane = 0; lane < 8; lane++)
            if (lanes[lane] > 0) lanes[lane] *= LesionFactor(lesion, new PointF2(xs[lane], ys[lane]));
        return Vector256.Create<float>(lanes);
    }

    private static Vector256<float> Cross(PointF2 direction, Vector256<float> xs, Vector256<float> ys, PointF2 origin) =>
        (ys - Vector256.Create(origin.Y)) * direction.X - (xs - Vector256.Create(origin.X)) * direction.Y;

    private static readonly Vector256<float> LaneCentres = Vector256.Create(0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f);

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
