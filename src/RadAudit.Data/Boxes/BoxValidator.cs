using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>Checks boxes against the images they name: clips to the image, reports unknown paths.</summary>
public static class BoxValidator
{
    /// <summary>
    /// Validates <paramref name="boxes"/>. <paramref name="imageSize"/> returns an image's size, or null when the
    /// data set has no such path.
    /// </summary>
    public static BoxValidationReport Validate(IEnumerable<LabelBox> boxes, Func<string, (int Width, int Height)?> imageSize)
    {
        var usable = new List<LabelBox>();
        var problems = new List<BoxProblem>();
        int count = 0;
        foreach (LabelBox box in boxes)
        {
            count++;
            if (imageSize(box.Path) is not var (width, height))
            {
                problems.Add(new BoxProblem(box, BoxProblemKind.UnknownPath, null));
                continue;
            }
            LabelBox? clipped = Clip(box, width, height);
            if (clipped is null)
                problems.Add(new BoxProblem(box, BoxProblemKind.OutsideImage, null));
            else
            {
                usable.Add(clipped);
                if (clipped != box) problems.Add(new BoxProblem(box, BoxProblemKind.Clipped, clipped));
            }
        }
        return new BoxValidationReport(usable, problems, count);
    }

    /// <summary>The part of <paramref name="box"/> inside a width × height image, or null when none is.</summary>
    public static LabelBox? Clip(LabelBox box, int width, int height)
    {
        int left = Math.Max(0, box.X), top = Math.Max(0, box.Y);
        int right = Math.Min(width, box.Right), bottom = Math.Min(height, box.Bottom);
        if (right <= left || bottom <= top) return null;
        return box with { X = left, Y = top, Width = right - left, Height = bottom - top };
    }
}
