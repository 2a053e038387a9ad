using System.Diagnostics;
using RadAudit.Audit.RunFolder;
using RadAudit.Testing;

namespace RadAudit.Audit.Tests;

public sealed class JobLockTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_let_one_holder_work_on_a_job_and_name_it_to_the_next()
    {
        // Given a job folder whose lock one worker holds
        string job = _folder.Combine("jobs/original-seed1");
        using JobLock first = JobLock.TryAcquire(job, out _)!;

        // When a second worker (another open of the lock, as another process makes) asks for it
        JobLock? second = JobLock.TryAcquire(job, out LockHolder? holder);

        // Then it is refused and told who holds it; once released, the lock can be taken again
        Assert.Null(second);
        Assert.Equal((Environment.ProcessId, Environment.MachineName), (holder!.ProcessId, holder.Host));
        Assert.StartsWith($"pid {Environment.ProcessId} on host {Environment.MachineName} since ", holder.ToString());
        first.Dispose();
        using JobLock? again = JobLock.TryAcquire(job, out _);
        Assert.NotNull(again);
        Assert.Null(again.TookOverFrom);
    }

    [Fact]
    public void Should_take_over_a_lock_left_by_a_process_that_ended_and_say_whose_it_was()
    {
        // Given the holder record of a worker that was killed (its process is gone; the operating system released its lock)
        string job = _folder.Combine("jobs/cover-seed1");
        var gone = new LockHolder(SpecialFiles.EndedProcessId(), Environment.MachineName, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddHours(-1));
        gone.Write(Path.Combine(job, JobLock.HolderFile));

        // When a new worker asks for the lock
        using JobLock? taken = JobLock.TryAcquire(job, out _);

        // Then it gets it and knows whose lock it took over
        Assert.NotNull(taken);
        Assert.Equal(gone, taken.TookOverFrom);
        Assert.Equal(Environment.ProcessId, LockHolder.Read(Path.Combine(job, JobLock.HolderFile))!.ProcessId);
    }

    [SkippableFact]
    public void Should_refuse_a_live_holder_on_this_host_even_where_the_file_system_does_not_enforce_the_lock()
    {
        Skip.If(OperatingSystem.IsWindows(), "uses sleep(1)");
        // Given the holder record of a process that still runs here, but no operating-system lock (an NFS mount without locks)
        using Process sleeper = Process.Start(new ProcessStartInfo("sleep", ["30"]) { UseShellExecute = false })!;
        try
        {
            string job = _folder.Combine("jobs/labels-only-seed1");
            var live = new LockHolder(sleeper.Id, Environment.MachineName, DateTime.UtcNow, sleeper.StartTime.ToUniversalTime());
            live.Write(Path.Combine(job, JobLock.HolderFile));

            // When another worker asks for the lock, then it is refused, naming the live holder
            Assert.Null(JobLock.TryAcquire(job, out LockHolder? holder));
            Assert.Equal(sleeper.Id, holder!.ProcessId);
        }
        finally
        {
            sleeper.Kill();
            sleeper.WaitForExit();
        }
    }
}
