using System.Runtime.Intrinsics;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Rendering;

/// <summary>
/// Trabecular texture around 1 for the medulla: value noise on a coarse grid (cells of ~1/90 of the long side)
/// sampled bilinearly, only where a medulla is drawn (a full-image texture pass would cost as much as the bones).
/// </summary>
public sealed class TrabecularTexture
{
    private readonly float[] _grid;
    private readonly int _columns;
    private readonly float _inverseCell, _maxColumn, _maxRow;

    /// <summary>Draws the grid for a width × height image.</summary>
    public TrabecularTexture(int width, int height, DeterministicRandom random)
    {
        int cell = Math.Max(2, Math.Max(width, height) / 90);
        _columns = width / cell + 2;
        int rows = height / cell + 2;
        _grid = new float[_columns * rows];
        for (int i = 0; i < _grid.Length; i++) _grid[i] = 0.75f + 0.5f * random.NextFloat();
        _inverseCell = 1f / cell;
        _maxColumn = _columns - 1.001f;
        _maxRow = rows - 1.001f;
    }

    /// <summary><see cref="Sample"/> at eight positions.</summary>
    public Vector256<float> SampleEight(Vector256<float> x, Vector256<float> y)
    {
        Span<float> values = stackalloc float[8];
        for (int lane = 0; lane < 8; lane++) values[lane] = Sample(x[lane], y[lane]);
        return Vector256.Create<float>(values);
    }

    /// <summary>Texture value at pixel position (x, y); positions off the image (a displaced fracture fragment) are clamped.</summary>
    public float Sample(float x, float y)
    {
        float fx = Math.Clamp(x * _inverseCell, 0f, _maxColumn), fy = Math.Clamp(y * _inverseCell, 0f, _maxRow);
        int cx = (int)fx, cy = (int)fy;
        float tx = fx - cx, ty = fy - cy;
        int i = cy * _columns + cx;
        float top = _grid[i] + (_grid[i + 1] - _grid[i]) * tx;
        float bottom = _grid[i + _columns] + (_grid[i + _columns + 1] - _grid[i + _columns]) * tx;
        return top + (bottom - top) * ty;
    }
}
