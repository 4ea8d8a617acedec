namespace Ics2Port.Functions.Tests.Packaging;

public sealed class TimerScheduleTests
{
    [Theory]
    [InlineData("0 */5 * * * *")]
    [InlineData("30 0,15,30,45 6-22 * JAN-DEC MON-FRI")]
    [InlineData("0 0 3 1 */2 0")]
    public void Problem_ValidExpression_IsNull(string expression)
    {
        var problem = TimerSchedule.Problem(expression);

        Assert.Null(problem);
    }

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("0 */0 * * * *")]
    [InlineData("0 0 24 * * *")]
    [InlineData("0 0 0 0 * *")]
    [InlineData("0 0 0 * * 7")]
    [InlineData("0 10-5 * * * *")]
    [InlineData("%FallbackSchedule%")]
    public void Problem_InvalidExpression_IsReported(string expression)
    {
        var problem = TimerSchedule.Problem(expression);

        Assert.NotNull(problem);
    }
}
