using RadAudit.Imaging;

namespace RadAudit.Synthetic.Rendering;

/// <summary>A grid of thumbnails (nearest-neighbour, aspect kept, centred in square cells) for eyeballing a data set.</summary>
public static class ContactSheet
{
    /// <summary>Lays out <paramref name="images"/> in rows of <paramref name="columns"/> cells of <paramref name="cell"/> pixels.</summary>
    public static GrayImage Compose(IReadOnlyList<GrayImage> images, int columns, int cell)
    {
        ArgumentOutOfRangeException.ThrowIfZero(images.Count);
        const int Gap = 4;
        int rows = (images.Count + columns - 1) / columns;
        var sheet = new GrayImage(columns * (cell + Gap) + Gap, rows * (cell + Gap) + Gap);
        Array.Fill(sheet.Pixels, 0.25f);
        for (int k = 0; k < images.Count; k++)
        {
            GrayImage image = images[k];
            float scale = (float)cell / Math.Max(image.Width, image.Height);
            int width = Math.Max(1, (int)(image.Width * scale)), height = Math.Max(1, (int)(image.Height * scale));
            int left = Gap + (k % columns) * (cell + Gap) + (cell - width) / 2, top = Gap + (k / columns) * (cell + Gap) + (cell - height) / 2;
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                    sheet[left + x, top + y] = image[Math.Min(image.Width - 1, (int)(x / scale)), Math.Min(image.Height - 1, (int)(y / scale))];
        }
        return sheet;
    }
}
