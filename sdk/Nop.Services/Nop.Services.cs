namespace Nop.Services;

public abstract partial class BaseNopResult
{
    public IList<string> Errors { get; set; } = new List<string>();
    public bool Success => !Errors.Any();
}
