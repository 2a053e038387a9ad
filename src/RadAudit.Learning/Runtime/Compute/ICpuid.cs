namespace RadAudit.Learning.Runtime.Compute;

/// <summary>Answers CPUID queries: the processor itself (<see cref="HardwareCpuid"/>) or a recorded table, so that
/// cache detection can be tested with the answers of machines this one is not.</summary>
public interface ICpuid
{
    /// <summary>The registers CPUID returns for <paramref name="leaf"/> and <paramref name="subLeaf"/>.</summary>
    CpuidRegisters Query(uint leaf, uint subLeaf = 0);
}
