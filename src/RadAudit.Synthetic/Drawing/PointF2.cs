namespace RadAudit.Synthetic.Drawing;

/// <summary>A 2-D point or vector in pixel (or local) coordinates; y grows downwards as in images.</summary>
public readonly record struct PointF2(float X, float Y)
{
    /// <summary>Sum.</summary>
    public static PointF2 operator +(PointF2 a, PointF2 b) => new(a.X + b.X, a.Y + b.Y);

    /// <summary>Difference.</summary>
    public static PointF2 operator -(PointF2 a, PointF2 b) => new(a.X - b.X, a.Y - b.Y);

    /// <summary>Scaling.</summary>
    public static PointF2 operator *(PointF2 a, float s) => new(a.X * s, a.Y * s);

    /// <summary>Dot product.</summary>
    public float Dot(PointF2 other) => X * other.X + Y * other.Y;

    /// <summary>Euclidean length.</summary>
    public float Length => MathF.Sqrt(X * X + Y * Y);

    /// <summary>This vector rotated by <paramref name="radians"/> (clockwise on screen, as y points down).</summary>
    public PointF2 Rotate(float radians)
    {
        float c = MathF.Cos(radians), s = MathF.Sin(radians);
        return new(X * c - Y * s, X * s + Y * c);
    }

    /// <summary>Linear interpolation from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public static PointF2 Lerp(PointF2 a, PointF2 b, float t) => new(a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);
}
