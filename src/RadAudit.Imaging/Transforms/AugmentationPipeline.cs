namespace RadAudit.Imaging.Transforms;

/// <summary>Applies random transforms in order, all drawing from one generator (so one seed fixes the whole chain).</summary>
public sealed class AugmentationPipeline : IRandomTransform
{
    /// <summary>Creates the pipeline.</summary>
    public AugmentationPipeline(IReadOnlyList<IRandomTransform> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Steps = steps;
    }

    /// <summary>The transforms, applied first to last.</summary>
    public IReadOnlyList<IRandomTransform> Steps { get; }

    /// <summary>
    /// RadAudit's training default: rotation ±30°, scale 0.9–1.1 with ±10 % shift, brightness/contrast ±10 %;
    /// horizontal flip only when asked, because it mirrors the laterality letters.
    /// </summary>
    public static AugmentationPipeline Standard(bool includeHorizontalFlip = false)
    {
        var steps = new List<IRandomTransform>();
        if (includeHorizontalFlip) steps.Add(new RandHorizontalFlip());
        steps.Add(new RandRotate());
        steps.Add(new RandScaleTranslate());
        steps.Add(new RandBrightnessContrast());
        return new AugmentationPipeline(steps);
    }

    /// <inheritdoc />
    public GrayImage Apply(GrayImage image, Random random)
    {
        GrayImage current = image;
        foreach (IRandomTransform step in Steps) current = step.Apply(current, random);
        return ReferenceEquals(current, image) ? image.Clone() : current;
    }
}
