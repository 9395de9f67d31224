using Transcribe.Core.Workflow;

namespace Transcribe.Core.Tests.Workflow;

public sealed class RetryPolicyTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(6, 320)]
    public void DelayAfter_DoublesFromTenSeconds(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryPolicy.DelayAfter(attempts));

    [Fact]
    public void DelayAfter_ManyAttempts_IsCappedAtAnHour() =>
        Assert.Equal(TimeSpan.FromHours(1), RetryPolicy.DelayAfter(500));

    [Fact]
    public void GivesUp_OnlyWhenTheAttemptsAreUsedUp()
    {
        Assert.False(RetryPolicy.GivesUp(4, 5));
        Assert.True(RetryPolicy.GivesUp(5, 5));
    }
}
