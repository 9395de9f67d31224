using Transcribe.Core.Volunteers;

namespace Transcribe.Core.Tests.Volunteers;

public sealed class AgreementTests
{
    [Fact]
    public void Percent_BeforeAnyPageIsDecided_IsUnknown()
    {
        Assert.Null(Agreement.Percent(0, 0));
    }

    [Theory]
    [InlineData(45, 50, 90)]
    [InlineData(199, 200, 99)]
    [InlineData(0, 12, 0)]
    [InlineData(12, 12, 100)]
    public void Percent_IsOfTheComparedFields(long agreed, long compared, int expected) =>
        Assert.Equal(expected, Agreement.Percent(agreed, compared));
}
