namespace DealRoom.Tests;
public class SmokeTests
{
    [Fact]
    public void Truth() => Assert.True(1 + 1 == 2);
}
