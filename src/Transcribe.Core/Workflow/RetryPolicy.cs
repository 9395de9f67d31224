namespace Transcribe.Core.Workflow;

/// <summary>When a failed background job runs again: exponential back-off, capped, so a bad file does not spin.</summary>
public static class RetryPolicy
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Cap = TimeSpan.FromHours(1);

    /// <param name="attempts">How many times the job has run, including the one that just failed (1 or more).</param>
    public static TimeSpan DelayAfter(int attempts)
    {
        if (attempts < 1) throw new ArgumentOutOfRangeException(nameof(attempts));
        double seconds = First.TotalSeconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        return seconds >= Cap.TotalSeconds ? Cap : TimeSpan.FromSeconds(seconds);
    }

    public static bool GivesUp(int attempts, int maxAttempts) => attempts >= maxAttempts;
}
