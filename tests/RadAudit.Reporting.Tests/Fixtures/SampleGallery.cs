using RadAudit.Core;
using RadAudit.Imaging;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Tests.Fixtures;

/// <summary>Fabricated gallery: small synthetic "radiographs" with an L marker, per condition input and Grad-CAM-like overlay.</summary>
public static class SampleGallery
{
    private const int Width = 120;
    private const int Height = 150;
    private static readonly LabelBox Marker = new("marker", 8, 10, 22, 26, LabelKinds.Laterality);
    private static readonly LabelBox RandomBox = new("random", 84, 112, 22, 26, LabelKinds.Other);

    /// <summary>Three images (abnormal, normal, abnormal) with one panel per condition.</summary>
    public static IReadOnlyList<GalleryImage> Create() =>
    [
        Image("MURA-v1.1/valid/XR_WRIST/patient11185/study1_positive/image1.png", 1, "XR_WRIST", seed: 1),
        Image("MURA-v1.1/valid/XR_HAND/patient11217/study1_negative/image2.png", 0, "XR_HAND", seed: 2),
        Image("MURA-v1.1/valid/XR_ELBOW/patient11311/study1_positive/image1.png", 1, "XR_ELBOW", seed: 3),
    ];

    /// <summary>ROC curves TPR = FPR^k whose area is exactly the given AUC (k = 1/AUC − 1).</summary>
    public static IReadOnlyList<RocPlotSeries> RocCurves(AuditResults results) =>
        results.Conditions.Select(pair =>
        {
            double exponent = 1 / pair.Value.Auc - 1;
            double[] falsePositiveRates = Enumerable.Range(0, 101).Select(step => step / 100.0).ToArray();
            double[] truePositiveRates = falsePositiveRates.Select(rate => Math.Pow(rate, exponent)).ToArray();
            return new RocPlotSeries(pair.Key, falsePositiveRates, truePositiveRates, pair.Value.Auc);
        }).ToList();

    /// <summary>A detector contact sheet: three radiographs side by side with the detected marker outlined in cyan.</summary>
    public static byte[] ContactSheet()
    {
        const int tiles = 3;
        var rgb = new byte[tiles * Width * Height * 3];
        for (int tile = 0; tile < tiles; tile++)
        {
            float[] radiograph = Radiograph(tile % 2 == 0, tile + 1);
            for (int y = 0; y < Height; y++)
                for (int x = 0; x < Width; x++)
                {
                    bool edge = Inside(Marker, x, y) && (x == Marker.X || x == Marker.Right - 1 || y == Marker.Y || y == Marker.Bottom - 1);
                    byte gray = (byte)Math.Round(255 * radiograph[y * Width + x]);
                    int offset = ((y * tiles * Width) + tile * Width + x) * 3;
                    (rgb[offset], rgb[offset + 1], rgb[offset + 2]) = edge ? ((byte)0, (byte)229, (byte)255) : (gray, gray, gray);
                }
        }
        return TestPng.EncodeRgb(tiles * Width, Height, rgb);
    }

    private static GalleryImage Image(string path, int label, string bodyPart, int seed)
    {
        float[] radiograph = Radiograph(label == 1, seed);
        var panels = Condition.Names.Select(condition =>
        {
            float[] input = Input(radiograph, condition);
            float[] heat = Heat(condition);
            var png = ImageCodec.EncodeGrayPng(new GrayImage(Width, Height, input));
            IReadOnlyList<LabelBox> boxes = condition == Condition.RandomCover.Name ? [Marker, RandomBox] : [Marker];
            double score = condition == Condition.LabelsOnly.Name ? 0.35 + 0.3 * label : 0.2 + 0.6 * label;
            return new GalleryPanel(condition, png, Overlay(input, heat), boxes, score + 0.03 * seed);
        }).ToList();
        return new GalleryImage(path, label, bodyPart, panels);
    }

    private static float[] Radiograph(bool abnormal, int seed)
    {
        var random = new Random(seed);
        var pixels = new float[Width * Height];
        for (int y = 0; y < Height; y++)
            for (int x = 0; x < Width; x++)
            {
                double tissue = Ellipse(x, y, 60, 78, 36, 72);
                double bone = Ellipse(x + 0.12 * (y - 78), y, 60, 80, 13, 62);
                double value = 0.07 + 0.28 * Smooth(tissue) + 0.45 * Smooth(bone) * (0.85 + 0.15 * Math.Sin(y / 9.0));
                if (abnormal && Math.Abs(y - 0.35 * x - 70) < 1.4 && bone < 1)
                    value *= 0.45; // a fracture line across the shaft
                pixels[y * Width + x] = (float)Math.Clamp(value + 0.03 * (random.NextDouble() - 0.5), 0, 1);
            }
        DrawMarker(pixels);
        return pixels;
    }

    private static void DrawMarker(float[] pixels)
    {
        for (int y = Marker.Y; y < Marker.Bottom; y++)
            for (int x = Marker.X; x < Marker.Right; x++)
            {
                bool stem = x >= Marker.X + 6 && x < Marker.X + 10 && y >= Marker.Y + 4 && y < Marker.Bottom - 4;
                bool foot = y >= Marker.Bottom - 8 && y < Marker.Bottom - 4 && x >= Marker.X + 6 && x < Marker.Right - 5;
                pixels[y * Width + x] = stem || foot ? 1f : Math.Max(pixels[y * Width + x], 0.22f);
            }
    }

    private static float[] Input(float[] radiograph, string condition)
    {
        var input = (float[])radiograph.Clone();
        for (int y = 0; y < Height; y++)
            for (int x = 0; x < Width; x++)
            {
                bool inMarker = Inside(Marker, x, y);
                bool blank = Condition.Parse(condition).Masking switch
                {
                    ConditionMasking.CoverLabels => inMarker,
                    ConditionMasking.KeepOnlyLabels => !inMarker,
                    ConditionMasking.CoverRandomRegions => Inside(RandomBox, x, y),
                    _ => false,
                };
                if (blank)
                    input[y * Width + x] = 0;
            }
        return input;
    }

    private static float[] Heat(string condition)
    {
        (double markerWeight, double boneWeight) = Condition.Parse(condition).Masking switch
        {
            ConditionMasking.None => (1.0, 0.35),
            ConditionMasking.CoverLabels => (0.05, 1.0),
            ConditionMasking.KeepOnlyLabels => (1.0, 0.0),
            _ => (0.8, 0.45),
        };
        var heat = new float[Width * Height];
        for (int y = 0; y < Height; y++)
            for (int x = 0; x < Width; x++)
                heat[y * Width + x] = (float)(markerWeight * Gaussian(x, y, 19, 23, 11) + boneWeight * Gaussian(x, y, 62, 85, 22));
        float max = heat.Max();
        return heat.Select(value => value / max).ToArray();
    }

    private static byte[] Overlay(float[] gray, float[] heat)
    {
        var rgb = new byte[Width * Height * 3];
        for (int index = 0; index < gray.Length; index++)
        {
            double t = heat[index];
            double alpha = 0.65 * Math.Sqrt(t);
            double[] colour = [Ramp(4 * t - 3), Ramp(4 * t - 2), Ramp(4 * t - 1)];
            for (int channel = 0; channel < 3; channel++)
                rgb[index * 3 + channel] = (byte)Math.Round(255 * ((1 - alpha) * gray[index] + alpha * colour[channel]));
        }
        return TestPng.EncodeRgb(Width, Height, rgb);
    }

    private static double Ramp(double distance) => Math.Clamp(1.5 - Math.Abs(distance), 0, 1);

    private static double Ellipse(double x, double y, double centreX, double centreY, double radiusX, double radiusY) =>
        Math.Pow((x - centreX) / radiusX, 2) + Math.Pow((y - centreY) / radiusY, 2);

    private static double Smooth(double ellipse) => 1 / (1 + Math.Exp(12 * (ellipse - 1)));

    private static double Gaussian(double x, double y, double centreX, double centreY, double sigma) =>
        Math.Exp(-((x - centreX) * (x - centreX) + (y - centreY) * (y - centreY)) / (2 * sigma * sigma));

    private static bool Inside(LabelBox box, int x, int y) => x >= box.X && x < box.Right && y >= box.Y && y < box.Bottom;
}
