package fanout.strategy;

/**
 * {@link Strategy#VIRTUAL_SCOPE}: a virtual thread per task in a scope of the call's own ({@link CallScope}, closed by
 * try-with-resources) that the call cannot leave before every thread has ended.
 */
final class VirtualScope extends ScopedFanOut {

    @Override
    void start(FanOutCall<?> call, CallScope scope) {
        for (int slot = 0; slot < call.size(); slot++) {
            int index = slot;
            scope.execute(() -> call.runSlot(index));
        }
    }
}
