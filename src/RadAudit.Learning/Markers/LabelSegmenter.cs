using RadAudit.Learning.Runtime;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Markers;

/// <summary>
/// A compact encoder–decoder (FPN-style: strided 3 × 3 blocks down to stride 16, then nearest upsampling, a 1 × 1
/// lateral projection added to each encoder level and a 3 × 3 block) that outputs, per kind, the logit that a cell
/// of the stride-2 map lies inside a label's box. The deep levels see about 200 input pixels around each cell —
/// enough to tell a letter on the margin from a screw on a bone — and the stride-2 level keeps letters 5 px high
/// apart from their neighbours.
/// </summary>
internal sealed class LabelSegmenter : nn.Module<Tensor, Tensor>
{
    private readonly ConvolutionBlock _stem;
    private readonly Sequential _down1, _down2, _down3;
    private readonly Conv2d _lateral2, _lateral1, _lateral0;
    private readonly ConvolutionBlock _up2, _up1, _up0;
    private readonly Conv2d _head;

    public LabelSegmenter(LabelDetectorArchitecture architecture) : base(nameof(LabelSegmenter))
    {
        architecture.Validate();
        var c = architecture.Channels;
        _stem = new ConvolutionBlock(1, c[0], stride: 2);
        _down1 = nn.Sequential(new ConvolutionBlock(c[0], c[1], 2), new ConvolutionBlock(c[1], c[1]));
        _down2 = nn.Sequential(new ConvolutionBlock(c[1], c[2], 2), new ConvolutionBlock(c[2], c[2]));
        _down3 = nn.Sequential(new ConvolutionBlock(c[2], c[3], 2), new ConvolutionBlock(c[3], c[3]), new ConvolutionBlock(c[3], c[3]));
        _lateral2 = nn.Conv2d(c[3], c[2], 1);
        _lateral1 = nn.Conv2d(c[2], c[1], 1);
        _lateral0 = nn.Conv2d(c[1], c[0], 1);
        _up2 = new ConvolutionBlock(c[2], c[2]);
        _up1 = new ConvolutionBlock(c[1], c[1]);
        _up0 = new ConvolutionBlock(c[0], c[0]);
        _head = nn.Conv2d(c[0], architecture.Kinds.Count, 1);
        RegisterComponents();
    }

    /// <summary>N × 1 × S × S pixels in [0, 1] → N × kinds × S/2 × S/2 logits.</summary>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        Tensor level0 = _stem.forward(input);
        Tensor level1 = _down1.forward(level0);
        Tensor level2 = _down2.forward(level1);
        Tensor level3 = _down3.forward(level2);
        Tensor merged2 = _up2.forward(Upsampled(_lateral2, level3).add_(level2, HeldScalars.One));
        Tensor merged1 = _up1.forward(Upsampled(_lateral1, merged2).add_(level1, HeldScalars.One));
        // add_ with a held alpha: the implicit alpha = 1 would be a temporary Scalar (Runtime/HeldScalars.cs).
        Tensor merged0 = _up0.forward(Upsampled(_lateral0, merged1).add_(level0, HeldScalars.One));
        return _head.forward(merged0).MoveToOuterDisposeScope();
    }

    /// <summary>The bias of every output channel (set to the prior's logit before training).</summary>
    public Tensor HeadBias => _head.bias!;

    private static Tensor Upsampled(Conv2d lateral, Tensor coarse) =>
        nn.functional.interpolate(lateral.forward(coarse), scale_factor: [2, 2], mode: InterpolationMode.Nearest);
}
