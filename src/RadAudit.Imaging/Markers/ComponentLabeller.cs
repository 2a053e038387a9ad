using System.Buffers;

namespace RadAudit.Imaging.Markers;

/// <summary>Finds the 8-connected components of pixels at or above a threshold (flood fill with an explicit stack).</summary>
public static class ComponentLabeller
{
    /// <summary>Every component of pixels ≥ <paramref name="threshold"/>, in scan order of their first pixel.</summary>
    public static List<BrightComponent> Find(GrayImage image, float threshold)
    {
        int width = image.Width, height = image.Height, count = width * height;
        float[] pixels = image.Pixels;
        // 0 = below threshold, 1 = bright and unvisited, 2 = visited.
        byte[] state = ArrayPool<byte>.Shared.Rent(count);
        int[] stack = ArrayPool<int>.Shared.Rent(count);
        try
        {
            for (int i = 0; i < count; i++) state[i] = pixels[i] >= threshold ? (byte)1 : (byte)0;
            var components = new List<BrightComponent>();
            for (int i = 0; i < count; i++)
                if (state[i] == 1) components.Add(Fill(i, width, height, pixels, state, stack));
            return components;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(state);
            ArrayPool<int>.Shared.Return(stack);
        }
    }

    private static BrightComponent Fill(int seed, int width, int height, float[] pixels, byte[] state, int[] stack)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1, area = 0, boundary = 0, stepped = 0, depth = 0;
        double sum = 0, step = 0;
        state[seed] = 2;
        stack[depth++] = seed;
        while (depth > 0)
        {
            int index = stack[--depth], x = index % width, y = index / width;
            area++;
            sum += pixels[index];
            left = Math.Min(left, x); right = Math.Max(right, x);
            top = Math.Min(top, y); bottom = Math.Max(bottom, y);
            if (IsBoundary(x, y, width, height, state))
            {
                boundary++;
                // Pixels on the image border have no outside to compare with (a marker cut by the edge).
                if (x >= 2 && y >= 2 && x < width - 2 && y < height - 2)
                {
                    stepped++;
                    step += pixels[index] - DarkestTwoAway(x, y, width, pixels);
                }
            }
            for (int dy = -1; dy <= 1; dy++)
            {
                int ny = y + dy;
                if ((uint)ny >= (uint)height) continue;
                for (int dx = -1; dx <= 1; dx++)
                {
                    int nx = x + dx, neighbour = ny * width + nx;
                    if ((uint)nx >= (uint)width || state[neighbour] != 1) continue;
                    state[neighbour] = 2;
                    stack[depth++] = neighbour;
                }
            }
        }
        return new BrightComponent(left, top, right, bottom, area, boundary, (float)(sum / area), stepped == 0 ? 1f : (float)(step / stepped));
    }

    private static float DarkestTwoAway(int x, int y, int width, float[] pixels)
    {
        int index = y * width + x;
        return Math.Min(Math.Min(pixels[index - 2], pixels[index + 2]), Math.Min(pixels[index - 2 * width], pixels[index + 2 * width]));
    }

    private static bool IsBoundary(int x, int y, int width, int height, byte[] state) =>
        x == 0 || y == 0 || x == width - 1 || y == height - 1
        || state[y * width + x - 1] == 0 || state[y * width + x + 1] == 0
        || state[(y - 1) * width + x] == 0 || state[(y + 1) * width + x] == 0;
}
