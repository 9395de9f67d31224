using Transcribe.Core.Scans;

namespace Transcribe.Core.Tests.Scans;

public sealed class NaturalOrderTests
{
    [Fact]
    public void Sort_PutsNumbersInNumericOrder_NotCharacterOrder()
    {
        string[] names = ["page10.jpg", "page2.jpg", "page1.jpg", "Page3.jpg", "page02b.jpg", "cover.jpg"];

        var sorted = names.Order(NaturalOrder.Instance).ToArray();

        Assert.Equal(["cover.jpg", "page1.jpg", "page2.jpg", "page02b.jpg", "Page3.jpg", "page10.jpg"], sorted);
    }

    [Fact]
    public void Compare_HandlesNumbersLongerThanALong()
    {
        Assert.True(NaturalOrder.Instance.Compare("scan_99999999999999999999.tif", "scan_100000000000000000000.tif") < 0);
    }

    [Fact]
    public void Compare_LeadingZeros_AreEqualNumbersButStillATotalOrder()
    {
        Assert.NotEqual(0, NaturalOrder.Instance.Compare("p007.jpg", "p7.jpg"));
        Assert.True(NaturalOrder.Instance.Compare("p007.jpg", "p8.jpg") < 0);
    }
}
