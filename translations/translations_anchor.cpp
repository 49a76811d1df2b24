// The translations library only carries the compiled .qm files as Qt resources; a static
// library needs one object file of its own, and this is it.
namespace pluslife::i18n {
int translationsAnchor()
{
    return 0;
}
} // namespace pluslife::i18n
