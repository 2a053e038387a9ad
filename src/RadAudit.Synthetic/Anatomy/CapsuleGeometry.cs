using System.Runtime.Intrinsics;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>A capsule's geometry flattened for the per-pixel loop (no allocations, no virtual calls).</summary>
internal readonly struct CapsuleGeometry
{
    private readonly float _fromX, _fromY, _axisX, _axisY, _inverseLengthSquared, _radiusFrom, _radiusChange;

    /// <summary>Flattens <paramref name="capsule"/>.</summary>
    public CapsuleGeometry(Capsule capsule)
    {
        _fromX = capsule.From.X;
        _fromY = capsule.From.Y;
        _axisX = capsule.To.X - capsule.From.X;
        _axisY = capsule.To.Y - capsule.From.Y;
        float lengthSquared = _axisX * _axisX + _axisY * _axisY;
        _inverseLengthSquared = lengthSquared > 0 ? 1f / lengthSquared : 0f;
        _radiusFrom = capsule.RadiusFrom;
        _radiusChange = capsule.RadiusTo - capsule.RadiusFrom;
        MaxRadius = MathF.Max(capsule.RadiusFrom, capsule.RadiusTo);
    }

    /// <summary>The larger end radius.</summary>
    public float MaxRadius { get; }

    /// <summary>Squared distance to the axis and the radius at the nearest axis point.</summary>
    public (float DistanceSquared, float Radius) Locate(float x, float y)
    {
        float dx = x - _fromX, dy = y - _fromY;
        float along = Math.Clamp((dx * _axisX + dy * _axisY) * _inverseLengthSquared, 0f, 1f);
        float ox = dx - _axisX * along, oy = dy - _axisY * along;
        return (ox * ox + oy * oy, _radiusFrom + _radiusChange * along);
    }

    /// <summary>
    /// <see cref="Locate(float, float)"/> for eight points at once, with the same operations in the same order, so
    /// each lane equals the scalar result bit for bit.
    /// </summary>
    public void Locate(Vector256<float> x, Vector256<float> y, out Vector256<float> distanceSquared, out Vector256<float> radius)
    {
        Vector256<float> dx = x - Vector256.Create(_fromX), dy = y - Vector256.Create(_fromY);
        Vector256<float> along = Vector256.Min(Vector256.Max((dx * _axisX + dy * _axisY) * _inverseLengthSquared,
            Vector256<float>.Zero), Vector256<float>.One);
        Vector256<float> ox = dx - along * _axisX, oy = dy - along * _axisY;
        distanceSquared = ox * ox + oy * oy;
        radius = Vector256.Create(_radiusFrom) + along * _radiusChange;
    }

    /// <summary>Squared distance from a point to the axis segment.</summary>
    public float DistanceSquared(float x, float y) => Locate(x, y).DistanceSquared;
}
