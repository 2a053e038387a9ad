using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Training;

/// <summary>
/// Adam (Kingma &amp; Ba 2015, PyTorch's formulation, no weight decay) over one flat buffer: every parameter, its
/// gradient and both moments are views of four flat tensors, so a step is a handful of whole-model kernels instead
/// of about ten per parameter tensor.
/// </summary>
/// <remarks>
/// <para>Why: TorchSharp's <c>optim.Adam</c> loops over the 364 tensors of DenseNet-121 (606 with buffers in the
/// issue's count), launching ~10 small kernels and allocating ~6 native scalars each; on a GPU that launch overhead is
/// a fixed 25–30 ms per step, and on the CPU the scalars, freed only by the finalizer, fragment the native heap.</para>
/// <para>How: each parameter is re-seated (<c>set_</c>) on a slice of the flat buffer with its own strides, so
/// channels-last weights stay channels-last; its <c>.grad</c> is pre-set to the matching slice of the gradient
/// buffer, where autograd accumulates in place. <see cref="ZeroGrad"/> zeroes that buffer and never unsets the
/// gradients. The update is the same arithmetic as <c>torch.optim.Adam</c> (tested against TorchSharp's Adam).</para>
/// </remarks>
internal sealed class FlatAdam : IDisposable
{
    private const long AlignmentElements = 16; // 64 bytes of float32

    private readonly double _beta1;
    private readonly double _beta2;
    private readonly double _epsilon;
    private readonly Tensor _parameters;
    private readonly Tensor _gradients;
    private readonly Tensor _firstMoment;
    private readonly Tensor _secondMoment;
    private readonly Tensor _denominator;

    /// <summary>Re-seats <paramref name="parameters"/> (all on one device and of one dtype) on the flat buffers.</summary>
    public FlatAdam(IEnumerable<Parameter> parameters, double learningRate, double beta1 = 0.9, double beta2 = 0.999,
        double epsilon = 1e-8)
    {
        Parameter[] trainable = parameters.Where(parameter => parameter.requires_grad).ToArray();
        if (trainable.Length == 0) throw new ArgumentException("No trainable parameters.", nameof(parameters));
        Device device = trainable[0].device;
        ScalarType dtype = trainable[0].dtype;
        if (trainable.Any(parameter => parameter.device_type != device.type || parameter.device_index != device.index || parameter.dtype != dtype))
            throw new ArgumentException("Every parameter must be on one device with one dtype.", nameof(parameters));
        LearningRate = learningRate;
        _beta1 = beta1;
        _beta2 = beta2;
        _epsilon = epsilon;
        long total = trainable.Sum(parameter => AlignedLength(parameter.numel()));
        _parameters = torch.zeros(total, dtype: dtype, device: device);
        _gradients = torch.zeros(total, dtype: dtype, device: device);
        _firstMoment = torch.zeros(total, dtype: dtype, device: device);
        _secondMoment = torch.zeros(total, dtype: dtype, device: device);
        _denominator = torch.empty(total, dtype: dtype, device: device);
        ElementCount = total;
        TensorCount = trainable.Length;
        using var noGrad = torch.no_grad();
        long offset = 0;
        foreach (Parameter parameter in trainable)
        {
            long[] strides = DenseStrides(parameter);
            using Tensor slot = _parameters.as_strided(parameter.shape, strides, offset);
            slot.copy_(parameter);
            parameter.set_(slot);
            using Tensor gradientSlot = _gradients.as_strided(parameter.shape, strides, offset);
            parameter.grad = gradientSlot;
            offset += AlignedLength(parameter.numel());
        }
    }

    /// <summary>Elements that keep every slot starting on a 64-byte boundary, as a fresh allocation would: oneDNN's
    /// convolution kernels are slower on unaligned weights. The padding stays zero in every buffer, so Adam never
    /// moves it and it never reaches a parameter.</summary>
    private static long AlignedLength(long elements) => (elements + AlignmentElements - 1) / AlignmentElements * AlignmentElements;

    /// <summary>Step size before bias correction; the plateau schedule sets it each epoch.</summary>
    public double LearningRate { get; set; }

    /// <summary>Updates taken so far (Adam's t).</summary>
    public long Steps { get; private set; }

    /// <summary>Scalars in the flat buffer (the parameters' plus alignment padding).</summary>
    public long ElementCount { get; }

    /// <summary>Parameter tensors viewed into it.</summary>
    public int TensorCount { get; }

    /// <summary>Zeroes every gradient in one kernel (the gradients stay attached to the flat buffer).</summary>
    public void ZeroGrad() => _gradients.zero_();

    /// <summary>Scales all gradients so their global L2 norm is at most <paramref name="maximumNorm"/>, as
    /// <c>torch.nn.utils.clip_grad_norm_</c> does (coefficient max / (norm + 1e-6), capped at 1); no host sync.</summary>
    public void ClipGradientNorm(double maximumNorm)
    {
        using var noGrad = torch.no_grad();
        // Scalars held in locals until the calls return: TorchSharp passes a temporary Scalar's raw handle and does not
        // keep the object alive, so a collection on another thread could free it mid-call (docs/performance.md).
        using Scalar shift = 1e-6.ToScalar();
        using Scalar maximum = maximumNorm.ToScalar();
        using Scalar one = 1.0.ToScalar();
        using Tensor norm = _gradients.norm();
        using Tensor shifted = norm.add(shift);
        using Tensor coefficient = shifted.reciprocal_().mul_(maximum).clamp_max_(one);
        _gradients.mul_(coefficient);
    }

    /// <summary>One Adam update of every parameter from the accumulated gradients.</summary>
    public void Step()
    {
        using var noGrad = torch.no_grad();
        Steps++;
        double biasCorrection1 = 1 - Math.Pow(_beta1, Steps);
        double biasCorrection2 = 1 - Math.Pow(_beta2, Steps);
        // Scalars are disposed here rather than left to the finalizer (see the class remarks).
        using Scalar beta1 = _beta1.ToScalar();
        using Scalar oneMinusBeta1 = (1 - _beta1).ToScalar();
        using Scalar beta2 = _beta2.ToScalar();
        using Scalar oneMinusBeta2 = (1 - _beta2).ToScalar();
        using Scalar biasCorrection2Root = Math.Sqrt(biasCorrection2).ToScalar();
        using Scalar epsilon = _epsilon.ToScalar();
        using Scalar stepSize = (-LearningRate / biasCorrection1).ToScalar();
        _firstMoment.mul_(beta1).add_(_gradients, oneMinusBeta1);
        _secondMoment.mul_(beta2).addcmul_(_gradients, _gradients, oneMinusBeta2);
        _denominator.copy_(_secondMoment).sqrt_().div_(biasCorrection2Root).add_(epsilon);
        _parameters.addcdiv_(_firstMoment, _denominator, stepSize);
    }

    /// <summary>Writes t and both moments (the parameters are saved with the model).</summary>
    public void Save(BinaryWriter writer)
    {
        writer.Write(Steps);
        writer.Write(ElementCount);
        _firstMoment.Save(writer);
        _secondMoment.Save(writer);
    }

    /// <summary>Restores what <see cref="Save"/> wrote; the model must be the same architecture.</summary>
    /// <exception cref="InvalidDataException">The state belongs to a model of another size.</exception>
    public void Load(BinaryReader reader)
    {
        long steps = reader.ReadInt64();
        long elements = reader.ReadInt64();
        if (elements != ElementCount)
            throw new InvalidDataException($"the optimizer state covers {elements} weights, the model has {ElementCount}.");
        _firstMoment.Load(reader);
        _secondMoment.Load(reader);
        Steps = steps;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _parameters.Dispose();
        _gradients.Dispose();
        _firstMoment.Dispose();
        _secondMoment.Dispose();
        _denominator.Dispose();
    }

    /// <summary>The parameter's strides when they pack it densely (contiguous or channels-last); else row-major.</summary>
    private static long[] DenseStrides(Tensor parameter)
    {
        long[] shape = parameter.shape;
        long[] strides = parameter.stride();
        var order = Enumerable.Range(0, shape.Length).OrderBy(axis => strides[axis]).ToArray();
        long expected = 1;
        bool dense = true;
        foreach (int axis in order)
        {
            if (shape[axis] != 1 && strides[axis] != expected) dense = false;
            expected *= shape[axis];
        }
        if (dense) return strides;
        var rowMajor = new long[shape.Length];
        long stride = 1;
        for (int axis = shape.Length - 1; axis >= 0; axis--)
        {
            rowMajor[axis] = stride;
            stride *= shape[axis];
        }
        return rowMajor;
    }
}
