using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models;

/// <summary>
/// A bias-free 2-D convolution with TorchSharp's parameter name and initialisation (<c>weight</c>) that can compute
/// in a lower precision than its weight is stored in (<see cref="ComputePrecision"/>).
/// </summary>
/// <remarks>TorchSharp 0.107 has no autocast, so the cast PyTorch's autocast inserts before each convolution lives
/// here. Zero padding only, which is all the torchvision architectures use.</remarks>
internal sealed class Convolution2d : Convolution
{
    /// <summary>A bias-free square convolution with zero padding, as every torchvision convolution here is.</summary>
    public Convolution2d(long inputChannels, long outputChannels, long kernelSize, long stride = 1, long padding = 0)
        : base(nameof(Conv2d), inputChannels, outputChannels, [kernelSize, kernelSize], [stride, stride], [padding, padding],
            padding_type: null, dilation: [1, 1], transposed: false, output_padding: [0, 0], groups: 1, bias: false,
            padding_mode: PaddingModes.Zeros)
    {
    }

    /// <summary>The type to compute in; null computes in the weights' own type.</summary>
    public ScalarType? ComputeType { get; set; }

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        if (ComputeType is not ScalarType compute || compute == weight.dtype)
            return nn.functional.conv2d(input, weight, bias, stride, padding, dilation, groups);
        // The cast is part of the graph: its backward hands float32 gradients back to the float32 weight.
        using Tensor computeWeight = weight.to(compute);
        using Tensor computeInput = input.dtype == compute ? input.alias() : input.to(compute);
        return nn.functional.conv2d(computeInput, computeWeight, null, stride, padding, dilation, groups);
    }
}
