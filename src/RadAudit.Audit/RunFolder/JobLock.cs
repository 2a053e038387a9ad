using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RadAudit.Core;

namespace RadAudit.Audit.RunFolder;

/// <summary>
/// Keeps two processes from working on one job folder. <c>JOB/lock</c> is held open exclusively while a process
/// works on the job (an operating-system lock, so the kernel releases it when the process dies, even by kill -9), and
/// <c>JOB/lock.json</c> says who holds it: process id, host and since when. A job whose lock another process holds
/// is left to it; a <c>lock.json</c> left by a process that is gone is taken over, and the taker says so. Where the
/// file system does not enforce the lock, the process id still refuses a live holder on the same host.
/// </summary>
public sealed class JobLock : IDisposable
{
    /// <summary>The file held open while the job is worked on.</summary>
    public const string LockFile = "lock";

    /// <summary>Who holds the lock.</summary>
    public const string HolderFile = "lock.json";

    private readonly FileStream _held;
    private readonly string _holderPath;

    private JobLock(FileStream held, string holderPath, LockHolder? previous)
    {
        _held = held;
        _holderPath = holderPath;
        TookOverFrom = previous;
    }

    /// <summary>The holder whose lock was left behind and taken over (its process had ended), or null.</summary>
    public LockHolder? TookOverFrom { get; }

    /// <summary>Takes the lock of the job in <paramref name="jobFolder"/>, or says who holds it.</summary>
    public static JobLock? TryAcquire(string jobFolder, out LockHolder? holder)
    {
        Directory.CreateDirectory(jobFolder);
        string holderPath = Path.Combine(jobFolder, HolderFile);
        FileStream held;
        try
        {
            held = new FileStream(Path.Combine(jobFolder, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(Path.Combine(jobFolder, LockFile)))
        {
            holder = LockHolder.Read(holderPath) ?? LockHolder.Unknown;
            return null;
        }
        LockHolder? previous = LockHolder.Read(holderPath);
        if (previous is not null && previous.IsOtherLiveProcessHere())
        {
            held.Dispose();
            holder = previous;
            return null;
        }
        LockHolder.Current().Write(holderPath);
        holder = null;
        return new JobLock(held, holderPath, previous);
    }

    /// <summary>Who works on the job in <paramref name="jobFolder"/> now, or null when nobody does.</summary>
    public static LockHolder? HolderOf(string jobFolder)
    {
        if (!File.Exists(Path.Combine(jobFolder, LockFile)) && !File.Exists(Path.Combine(jobFolder, HolderFile))) return null;
        using JobLock? taken = TryAcquire(jobFolder, out LockHolder? holder);
        return holder;
    }

    /// <summary>Releases the lock (the holder record first, then the operating-system lock).</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(_holderPath);
        }
        catch (IOException)
        {
            // The job folder was moved aside while held (replacing stale work): nothing left to remove here.
        }
        finally
        {
            _held.Dispose();
        }
    }
}

/// <summary>The process that holds (or held) a job's lock.</summary>
/// <param name="ProcessId">Its process id.</param>
/// <param name="Host">The machine it runs on.</param>
/// <param name="SinceUtc">When it took the lock.</param>
/// <param name="ProcessStartUtc">When the process started (tells a reused process id from the holder).</param>
public sealed record LockHolder(
    [property: JsonPropertyName("pid")] int ProcessId,
    [property: JsonPropertyName("host")] string Host,
    [property: JsonPropertyName("since_utc")] DateTime SinceUtc,
    [property: JsonPropertyName("process_start_utc")] DateTime ProcessStartUtc)
{
    /// <summary>A holder whose record is not written yet (or was just removed).</summary>
    public static LockHolder Unknown { get; } = new(0, "", DateTime.MinValue, DateTime.MinValue);

    /// <summary>This process, now.</summary>
    public static LockHolder Current() => new(Environment.ProcessId, Environment.MachineName, DateTime.UtcNow, ProcessIds.CurrentStartUtc());

    /// <summary>"pid 4711 on host node07 since 2025-01-02 03:04:05 UTC".</summary>
    public override string ToString() => ProcessId == 0
        ? "another process (it is starting or finishing)"
        : string.Create(CultureInfo.InvariantCulture, $"pid {ProcessId} on host {Host} since {SinceUtc:yyyy-MM-dd HH:mm:ss} UTC");

    /// <summary>True when this record names a process other than this one that still runs on this machine.</summary>
    public bool IsOtherLiveProcessHere() =>
        Host == Environment.MachineName && ProcessId != Environment.ProcessId && ProcessIds.IsRunning(ProcessId, ProcessStartUtc);

    /// <summary>Writes the record to <paramref name="path"/> atomically.</summary>
    public void Write(string path) => AtomicFile.WriteText(path, JsonSerializer.Serialize(this) + "\n");

    /// <summary>The record in <paramref name="path"/>; null when there is none or it cannot be read.</summary>
    public static LockHolder? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<LockHolder>(File.ReadAllText(path)) : null;
        }
        catch (Exception problem) when (problem is JsonException or IOException)
        {
            return null;
        }
    }
}
