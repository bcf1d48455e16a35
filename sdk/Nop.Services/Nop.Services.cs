namespace Nop.Services;

public abstract partial class BaseNopResult
{
    public virtual void AddError(string error) { Errors.Add(error); }
    public IList<string> Errors { get; set; } = new List<string>();
    public bool Success => !Errors.Any();
}
