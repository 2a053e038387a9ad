using RadAudit.Core;

namespace RadAudit.Imaging.Tests.Markers.Maps;

/// <summary>Small images (and the kinds) the marker-map tests share.</summary>
internal static class LabelTestImages
{
    /// <summary>The shipped segmenter's kinds, in its channel order.</summary>
    public static readonly string[] Kinds = [LabelKinds.Laterality, LabelKinds.Initials, LabelKinds.Text];

    /// <summary>A dark square with a letter block (x 10–19, y 10–24, 0.9) above an initials block (x 8–27, y 28–33, 0.8):
    /// three blank rows between them.</summary>
    public static GrayImage LetterAboveInitials(int side)
    {
        var image = new GrayImage(side, side);
        Array.Fill(image.Pixels, 0.05f);
        for (int y = 10; y < 25; y++)
            for (int x = 10; x < 20; x++) image[x, y] = 0.9f;
        for (int y = 28; y < 34; y++)
            for (int x = 8; x < 28; x++) image[x, y] = 0.8f;
        return image;
    }
}
